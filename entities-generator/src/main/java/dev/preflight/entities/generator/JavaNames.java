package dev.preflight.entities.generator;

import java.util.Locale;
import java.util.Set;

/** How a catalogue name becomes a Java name in a generated model (docs/models.md). */
public final class JavaNames {
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
      "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
      "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
      "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
      "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_");
  /** Methods without parameters a model or its builder already has: a field's accessor may not take one. */
  private static final Set<String> TAKEN_ACCESSORS = Set.of("id", "modelType", "toRecord", "toJson", "toString",
      "hashCode", "getClass", "notify", "notifyAll", "wait", "clone", "finalize", "toBuilder", "builder", "build");

  private JavaNames() {}

  /**
   * The accessor of a field: its wire name with the leading capitals in lower case, but for the
   * last of several followed by a lower-case letter ({@code ResourceId} resourceId, {@code
   * URLSlug} urlSlug, {@code IncomingServerSSL} incomingServerSSL, {@code URL} url); a Java keyword
   * or a name the model already uses gets {@code Value} after it ({@code Default} defaultValue).
   */
  public static String accessor(String wireName) {
    int capitals = 0;
    while (capitals < wireName.length() && Character.isUpperCase(wireName.charAt(capitals))) {
      capitals++;
    }
    int lowered = capitals <= 1 || capitals == wireName.length() || !Character.isLowerCase(wireName.charAt(capitals))
        ? capitals : capitals - 1;
    String name = wireName.substring(0, Math.max(lowered, 1)).toLowerCase(Locale.ROOT)
        + wireName.substring(Math.max(lowered, 1));
    return KEYWORDS.contains(name) || TAKEN_ACCESSORS.contains(name) ? name + "Value" : name;
  }

  /** The name of a field's constant: {@code ResourceId} RESOURCE_ID, {@code IncomingServerSSL} INCOMING_SERVER_SSL. */
  static String constant(String name) {
    StringBuilder constant = new StringBuilder(name.length() + 8);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (constant.length() > 0 && constant.charAt(constant.length() - 1) != '_') {
          constant.append('_');
        }
        continue;
      }
      boolean wordStart = i > 0 && Character.isUpperCase(c) && (Character.isLowerCase(name.charAt(i - 1))
          || Character.isDigit(name.charAt(i - 1))
          || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
              && Character.isUpperCase(name.charAt(i - 1))));
      if (wordStart && constant.length() > 0 && constant.charAt(constant.length() - 1) != '_') {
        constant.append('_');
      }
      constant.append(Character.toUpperCase(c));
    }
    while (constant.length() > 0 && constant.charAt(constant.length() - 1) == '_') {
      constant.setLength(constant.length() - 1);
    }
    if (constant.length() == 0 || !Character.isJavaIdentifierStart(constant.charAt(0))) {
      constant.insert(0, '_');
    }
    return constant.toString();
  }

  /** {@code text} safe inside a Javadoc comment and its HTML. */
  static String javadoc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
        .replace("*/", "*&#47;").replace("\\u", "\\\\u");
  }
}
