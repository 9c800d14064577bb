package org.sonarreview.project.mappings;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.CheckForNull;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.sonarreview.project.TextSpan;

/**
 * A StAX reader walked element by element: a reader handles the children it knows, and every other element,
 * with all it contains, is skipped. It also tells where an attribute's value stands in the text.
 */
final class XmlCursor {

  /** Deeper elements are skipped whole: mapping files are shallow, and the readers recurse. */
  private static final int MAX_DEPTH = 64;

  /** Reads the child element just opened, whose local name is given. */
  @FunctionalInterface
  interface ChildReader {
    void read(String localName) throws XMLStreamException;
  }

  private final XMLStreamReader reader;
  private final String text;
  private int[] lineStarts;
  private int depth;

  XmlCursor(XMLStreamReader reader, String text) {
    this.reader = reader;
    this.text = text;
  }

  /** Moves to the root element and returns its local name; null when there is none. */
  @CheckForNull
  String root() throws XMLStreamException {
    while (reader.hasNext()) {
      if (next() == XMLStreamReader.START_ELEMENT) {
        return reader.getLocalName();
      }
    }
    return null;
  }

  /** The local name of the current element. */
  String name() {
    return reader.getLocalName();
  }

  /** An attribute of the current element, trimmed; null when absent or blank. */
  @CheckForNull
  String attribute(String localName) {
    String value = reader.getAttributeValue(null, localName);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Hands each child element of the current element to {@code child}, then leaves the current element. */
  void children(ChildReader child) throws XMLStreamException {
    int level = depth;
    if (level > MAX_DEPTH) {
      skipTo(level - 1);
      return;
    }
    while (reader.hasNext()) {
      int event = next();
      if (event == XMLStreamReader.END_ELEMENT && depth < level) {
        return;
      }
      if (event == XMLStreamReader.START_ELEMENT) {
        child.read(reader.getLocalName());
        skipTo(level);
      }
    }
  }

  /**
   * {@code attribute} of the first child among {@code elements}, such as a collection's {@code <one-to-many class>}.
   * Leaves the current element.
   */
  @CheckForNull
  String childAttribute(Set<String> elements, String attribute) throws XMLStreamException {
    String[] found = new String[1];
    children(child -> {
      if (found[0] == null && elements.contains(child)) {
        found[0] = attribute(attribute);
      }
    });
    return found[0];
  }

  /** The text of the current element, which holds no element; leaves it. */
  String text() throws XMLStreamException {
    String content = reader.getElementText();
    depth--;
    return content;
  }

  private void skipTo(int level) throws XMLStreamException {
    while (depth > level && reader.hasNext()) {
      next();
    }
  }

  private int next() throws XMLStreamException {
    int event = reader.next();
    if (event == XMLStreamReader.START_ELEMENT) {
      depth++;
    } else if (event == XMLStreamReader.END_ELEMENT) {
      depth--;
    }
    return event;
  }

  /**
   * The span of an attribute's value in the current start tag; of the tag's name when the attribute is absent; of
   * the whole line when the parser gives no offset.
   */
  TextSpan span(String attribute) {
    // The parser's line and column, just after the start tag, are exact; its character offset is not (it counts
    // the XML declaration's encoding, for one).
    Location location = reader.getLocation();
    int line = location.getLineNumber();
    int[] starts = lineStarts();
    if (line < 1 || line > starts.length || location.getColumnNumber() < 1) {
      int known = Math.min(Math.max(1, line), starts.length);
      return new TextSpan(known, 0, known, lineLength(known));
    }
    int tagEnd = Math.min(text.length(), starts[line - 1] + location.getColumnNumber() - 1);
    // '<' cannot appear inside an attribute value: the last one before the tag's end opens the tag.
    int tagStart = text.lastIndexOf('<', tagEnd - 1);
    Matcher value = Pattern.compile("\\s" + Pattern.quote(attribute) + "\\s*=\\s*(\"[^\"]*\"|'[^']*')").matcher(text)
      .region(tagStart, tagEnd);
    if (value.find()) {
      return span(value.start(1) + 1, value.end(1) - 1);
    }
    String prefix = reader.getPrefix();
    String tagName = prefix == null || prefix.isEmpty() ? name() : (prefix + ":" + name());
    return span(tagStart + 1, tagStart + 1 + tagName.length());
  }

  private TextSpan span(int start, int end) {
    int startLine = lineOf(start);
    int endLine = lineOf(end);
    return new TextSpan(startLine, start - lineStarts()[startLine - 1], endLine, end - lineStarts()[endLine - 1]);
  }

  /** 1-based line of an offset. */
  private int lineOf(int offset) {
    int found = Arrays.binarySearch(lineStarts(), offset);
    return found >= 0 ? (found + 1) : -found - 1;
  }

  /** The length of a line without its terminator. */
  private int lineLength(int line) {
    int[] starts = lineStarts();
    int end = line < starts.length ? starts[line] : text.length();
    while (end > starts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end - starts[line - 1];
  }

  /** Offsets at which lines start: after {@code \n}, {@code \r\n} or a lone {@code \r}, as SonarQube counts lines. */
  private int[] lineStarts() {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean ends = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
        if (ends) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, count);
    }
    return lineStarts;
  }
}
