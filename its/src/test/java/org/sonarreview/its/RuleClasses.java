package org.sonarreview.its;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The rule classes of the plugin jar and their {@code @RuleProperty} parameters, read in a class loader of their own
 * (plugin jar, sonar-plugin-api, SonarJava): the expected parameters come from the code, not from a copy.
 */
final class RuleClasses {

  /** A parameter as the rule class declares it. */
  record Param(String key, String defaultValue, String description) {
  }

  private final Map<String, Map<String, Param>> paramsByRule;

  private RuleClasses(Map<String, Map<String, Param>> paramsByRule) {
    this.paramsByRule = paramsByRule;
  }

  static RuleClasses load() {
    Map<String, Map<String, Param>> paramsByRule = new TreeMap<>();
    try (JarFile jar = new JarFile(BuildInfo.pluginJar().toFile());
      URLClassLoader loader = new URLClassLoader(new URL[] {url("plugin.jar"), url("sonar.plugin.api.jar"), url("sonar.java.plugin.jar")},
        ClassLoader.getPlatformClassLoader())) {
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> ruleAnnotation = (Class<? extends Annotation>) loader.loadClass("org.sonar.check.Rule");
      @SuppressWarnings("unchecked")
      Class<? extends Annotation> propertyAnnotation = (Class<? extends Annotation>) loader.loadClass("org.sonar.check.RuleProperty");
      for (Iterator<JarEntry> it = jar.entries().asIterator(); it.hasNext(); ) {
        String name = it.next().getName();
        if (!name.startsWith("org/sonarreview/") || !name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        Annotation rule = type.getAnnotation(ruleAnnotation);
        if (rule == null) {
          continue;
        }
        Map<String, Param> params = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
          for (Field field : c.getDeclaredFields()) {
            Annotation property = field.getAnnotation(propertyAnnotation);
            if (property != null) {
              String key = value(property, "key");
              params.put(key.isEmpty() ? field.getName() : key,
                new Param(key.isEmpty() ? field.getName() : key, value(property, "defaultValue"), value(property, "description")));
            }
          }
        }
        paramsByRule.put(value(rule, "key"), params);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("sonar-plugin-api is not where build.properties says", e);
    }
    return new RuleClasses(paramsByRule);
  }

  /** The rule keys that have a class. */
  java.util.Set<String> ruleKeys() {
    return paramsByRule.keySet();
  }

  Map<String, Param> params(String ruleKey) {
    Map<String, Param> params = paramsByRule.get(ruleKey);
    if (params == null) {
      throw new IllegalStateException("No class of " + BuildInfo.pluginJar() + " carries @Rule(key = \"" + ruleKey + "\")");
    }
    return params;
  }

  private static String value(Annotation annotation, String attribute) {
    try {
      return String.valueOf(annotation.annotationType().getMethod(attribute).invoke(annotation));
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URL url(String buildProperty) {
    try {
      return BuildInfo.path(buildProperty).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
