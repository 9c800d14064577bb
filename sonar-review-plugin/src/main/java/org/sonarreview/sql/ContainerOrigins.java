package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewArrayTree;
import org.sonar.plugins.java.api.tree.NewClassTree;

import static org.sonarreview.sql.OriginWalk.callName;
import static org.sonarreview.sql.OriginWalk.firstPath;
import static org.sonarreview.sql.OriginWalk.source;
import static org.sonarreview.sql.OriginWalk.then;

/**
 * The origin of a collection, map or array created into a variable and filled afterwards: what it is created with,
 * what is put into it, and what the methods it is handed to put into it (followed in this file, outside input when
 * the method is elsewhere).
 */
final class ContainerOrigins {

  private ContainerOrigins() {
  }

  @Nullable
  static List<PathStep> of(OriginWalk walk, ExpressionTree creation, Symbol.VariableSymbol container, Containers.Elements elements,
    int depth) {
    List<PathStep> created;
    if (creation instanceof MethodInvocationTree call) {
      created = CallOrigins.of(walk, call, elements, depth);
    } else if (creation instanceof NewArrayTree array) {
      created = walk.ofValues(array.initializers(), depth);
    } else {
      created = walk.ofValues(((NewClassTree) creation).arguments(), depth);
    }
    return created != null ? created : ofFills(walk, container, elements, depth);
  }

  @Nullable
  private static List<PathStep> ofFills(OriginWalk walk, Symbol.VariableSymbol container, Containers.Elements elements, int depth) {
    return walk.unlessInProgress(container, () -> {
      List<Containers.Fill> fills = new ArrayList<>();
      List<Containers.Handoff> handoffs = new ArrayList<>();
      Containers.fillsOf(container, elements, fills, handoffs);
      List<PathStep> added = firstPath(fills, fill -> then(walk.ofValue(fill.value(), fill.elements(), depth),
        new PathStep(fill.value(), "Added to '" + container.name() + "'.")));
      return added != null ? added : firstPath(handoffs, handoff -> ofHandoff(walk, handoff, container, elements, depth));
    });
  }

  /** A container handed to a method: the method fills its parameter in this file, or out of sight. */
  @Nullable
  private static List<PathStep> ofHandoff(OriginWalk walk, Containers.Handoff handoff, Symbol.VariableSymbol container,
    Containers.Elements elements, int depth) {
    MethodTree method = handoff.method().declaration();
    String filler = callName(handoff.method());
    if (method == null || method.block() == null) {
      return source(handoff.argument(), "Source: '" + container.name() + "', filled by '" + filler + "', a method of another class.");
    }
    if (handoff.index() >= method.parameters().size()
      || !(method.parameters().get(handoff.index()).symbol() instanceof Symbol.VariableSymbol parameter)) {
      return null;
    }
    return then(ofFills(walk, parameter, elements, depth + 1), new PathStep(handoff.argument(), "Filled by '" + filler + "'."));
  }
}
