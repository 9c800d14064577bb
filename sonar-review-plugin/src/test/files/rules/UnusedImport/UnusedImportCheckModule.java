import java.util.Map; // Noncompliant {{Remove this unused import of 'java.util.Map'.}}
import java.util.List;

/** A compilation unit without a package: same-package imports do not apply. */
record Pair(List<String> left, List<String> right) {
}
