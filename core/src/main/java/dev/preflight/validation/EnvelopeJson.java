package dev.preflight.validation;

import dev.preflight.emailaccount.EmailAccountValidator;

import org.jspecify.annotations.Nullable;

/**
 * The envelope as JSON text, keys in the seed's order: {@code Message}, {@code Value}, {@code
 * Errors} (each {@code AttemptedValue}, {@code Message}, {@code PropertyName}), {@code
 * WasSuccessful}; {@code "Errors": null} when there are none. Strings are written by {@link
 * JsonStrings}, numbers as Java writes them ({@code BigDecimal.toString()}).
 *
 * <pre>{@code
 * String body = EnvelopeJson.toJson(EmailAccountValidator.standard().validate(account));
 * }</pre>
 */
public final class EnvelopeJson {
  private static final String INDENT = "    ";

  private EnvelopeJson() {}

  /** {@code response} as compact JSON: one line, e.g. of NDJSON. */
  public static String toJson(ValidationResponse response) {
    return appendJson(response, new StringBuilder(160)).toString();
  }

  /** Appends {@code response} as compact JSON to {@code out}, for writing many in a row; returns {@code out}. */
  public static StringBuilder appendJson(ValidationResponse response, StringBuilder out) {
    new Writer(out, false).envelope(response);
    return out;
  }

  /** {@code response} as JSON for people: one member per line, indented by four spaces. */
  public static String toPrettyJson(ValidationResponse response) {
    StringBuilder out = new StringBuilder(320);
    new Writer(out, true).envelope(response);
    return out.toString();
  }

  /** Writes one envelope, compact or indented. */
  private static final class Writer {
    private final StringBuilder out;
    private final boolean pretty;
    private int depth;
    private boolean first;

    Writer(StringBuilder out, boolean pretty) {
      this.out = out;
      this.pretty = pretty;
    }

    void envelope(ValidationResponse response) {
      begin('{');
      name("Message");
      JsonStrings.appendQuoted(response.message(), out);
      name("Value");
      RecordId value = response.value();
      if (value == null) {
        out.append("null");
      } else {
        begin('{');
        name("Id");
        out.append(value.id());
        end('}');
      }
      name("Errors");
      if (response.errors().isEmpty()) {
        out.append("null");
      } else {
        begin('[');
        for (ValidationError error : response.errors()) {
          next();
          error(error);
        }
        end(']');
      }
      name("WasSuccessful");
      out.append(response.wasSuccessful());
      end('}');
    }

    private void error(ValidationError error) {
      begin('{');
      name("AttemptedValue");
      scalar(error.attemptedValue());
      name("Message");
      JsonStrings.appendQuoted(error.message(), out);
      name("PropertyName");
      JsonStrings.appendQuoted(error.propertyName(), out);
      end('}');
    }

    /** A String, Boolean or number (the only values a {@link ValidationError} holds), or null. */
    private void scalar(@Nullable Object value) {
      if (value instanceof String text) {
        JsonStrings.appendQuoted(text, out);
      } else {
        out.append(value);
      }
    }

    private void begin(char bracket) {
      out.append(bracket);
      depth++;
      first = true;
    }

    private void end(char bracket) {
      depth--;
      newLine();
      out.append(bracket);
      first = false;
    }

    private void name(String name) {
      next();
      JsonStrings.appendQuoted(name, out).append(pretty ? ": " : ":");
    }

    /** Before a member or an element: the comma, unless it is the first, and in pretty form a new line. */
    private void next() {
      if (!first) {
        out.append(',');
      }
      first = false;
      newLine();
    }

    private void newLine() {
      if (pretty) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
          out.append(INDENT);
        }
      }
    }
  }
}
