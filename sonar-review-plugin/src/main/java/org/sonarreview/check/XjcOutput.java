package org.sonarreview.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.ReturnStatementTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.TypeText;

/**
 * Types written by JAXB's schema compiler (XJC), recognised when the file header that says so has been stripped, as
 * in Hibernate's sources jar. Each marker pairs text XJC writes verbatim with the JAXB construct it writes next to
 * it, so that neither a hand-written JAXB class nor a class that merely quotes XJC's sentence is taken for output:
 * <ul>
 *   <li>a bound type: Javadoc "The following schema fragment specifies the expected content contained within this
 *   class" and {@code @XmlType};</li>
 *   <li>the {@code ObjectFactory}: Javadoc "This object contains factory methods for each Java content interface and
 *   Java element interface generated in the ..." and {@code @XmlRegistry};</li>
 *   <li>an adapter for a {@code <xjc:javaType>} binding: {@code AdapterN extends XmlAdapter} with no Javadoc and only
 *   {@code unmarshal} and {@code marshal}, each a single {@code return (...);}, parentheses included.</li>
 * </ul>
 */
final class XjcOutput {

  private static final Pattern BOUND_TYPE = sentence(
    "The following schema fragment specifies the expected content contained within this class");
  private static final Pattern OBJECT_FACTORY = sentence(
    "This object contains factory methods for each Java content interface and Java element interface generated in the");
  private static final Pattern ADAPTER_NAME = Pattern.compile("Adapter\\d+");
  private static final Pattern XML_ADAPTER = Pattern.compile("(.*\\.)?XmlAdapter<.*>");

  private XjcOutput() {
  }

  static boolean isXjcOutput(ClassTree type) {
    String comments = leadingComments(type);
    return BOUND_TYPE.matcher(comments).find() && Annotations.has(type.modifiers(), "XmlType")
      || OBJECT_FACTORY.matcher(comments).find() && Annotations.has(type.modifiers(), "XmlRegistry")
      || comments.isEmpty() && isAdapter(type);
  }

  /** The sentence's words in order; Javadoc may wrap it, so line breaks and leading stars may separate them. */
  private static Pattern sentence(String text) {
    return Pattern.compile(Stream.of(text.split(" ")).map(Pattern::quote).collect(Collectors.joining("[\\s*]+")));
  }

  /** XJC writes the type's Javadoc before its annotations, so it hangs on the type's first token. */
  private static String leadingComments(ClassTree type) {
    SyntaxToken first = type.firstToken();
    return first == null ? "" : first.trivias().stream().map(SyntaxTrivia::comment).collect(Collectors.joining("\n"));
  }

  private static boolean isAdapter(ClassTree type) {
    if (type.simpleName() == null || !ADAPTER_NAME.matcher(type.simpleName().name()).matches()
      || type.superClass() == null || !XML_ADAPTER.matcher(TypeText.of(type.superClass())).matches()) {
      return false;
    }
    Set<String> conversions = new HashSet<>();
    for (Tree member : type.members()) {
      if (!(member instanceof MethodTree method) || !returnsParenthesised(method)) {
        return false;
      }
      conversions.add(method.simpleName().name());
    }
    return type.members().size() == 2 && conversions.equals(Set.of("unmarshal", "marshal"));
  }

  private static boolean returnsParenthesised(MethodTree method) {
    BlockTree body = method.block();
    return body != null && body.body().size() == 1
      && body.body().get(0) instanceof ReturnStatementTree returned
      && returned.expression() != null
      && returned.expression().is(Tree.Kind.PARENTHESIZED_EXPRESSION);
  }
}
