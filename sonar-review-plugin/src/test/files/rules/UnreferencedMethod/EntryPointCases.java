package com.acme.app;

import jakarta.xml.bind.annotation.XmlRootElement;
import java.io.Serializable;

public class EntryPointCases {

  void main() { // Java 25 instance main: the launcher calls it
  }

  public static class CStyleMain {
    public static void main(String args[]) { // launcher main with a C-style array parameter
    }
  }

  public static class NonVoidMain {
    public static int main(String[] args) { // returns a value: not a launcher main, and nothing calls it
      return 0;
    }
  }

  @XmlRootElement
  public static class JaxbBean {
    private String title;

    public String getTitle() { // accessor of a JAXB type
      return title;
    }

    public void setTitle(String title) { // accessor of a JAXB type
      this.title = title;
    }

    public void publish() { // plain method of an annotated type: still checked
    }
  }

  @Deprecated
  public static class AnnotatedType {
    public AnnotatedType() { // constructor of an annotated type
    }

    @Deprecated
    public void annotatedMethod() { // annotated method
    }

    public void plain() { // unannotated method of an annotated type: still checked
    }
  }

  public static class Plain {
    public Plain() { // constructor of an unannotated type: checked
    }
  }

  public static class Hooks implements Serializable {
    protected Object writeReplace() { // serialization hook
      return this;
    }

    Object readResolve() { // serialization hook
      return this;
    }

    void readObjectNoData() { // serialization hook
    }

    public String getState() { // accessor of a Serializable bean
      return "s";
    }

    public String summary() { // plain method of a Serializable bean: checked
      return "s";
    }
  }

  public enum Level {
    LOW, HIGH;

    static Level parse(String text) { // never called; the implicit valueOf it calls is no declaration
      return valueOf(text);
    }

    static int count() { // called below; values() is implicit too
      return values().length;
    }
  }

  int levels() {
    return Level.count();
  }
}
