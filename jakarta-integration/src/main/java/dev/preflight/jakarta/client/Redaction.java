package dev.preflight.jakarta.client;

import dev.preflight.jakarta.internal.JsonText;
import dev.preflight.catalogue.WireNames;
import dev.preflight.validation.JsonStrings;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.ValidationResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Scrubs secrets out of what a server sent before any of it reaches an exception message, a body
 * excerpt, an envelope or a log line: the values in use for the call (the bearer token, the
 * record's access tokens, secret-named members of the document sent), raw and JSON-escaped, plus
 * patterns for tokens this client never saw ({@code Bearer …}, string members named like a
 * secret).
 */
final class Redaction {
  static final String MASK = "***";
  static final int EXCERPT_CHARS = 200;

  private static final Redaction PATTERNS_ONLY = new Redaction(List.of());
  /**
   * The redaction of the exchange running on this thread, for {@link NexudusResponseExceptionMapper},
   * which the Rest Client implementation calls without any context of ours.
   */
  private static final ThreadLocal<Redaction> CURRENT = new ThreadLocal<>();

  private static final Pattern BEARER = Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Every form of every secret, longest first, so that one inside another is still removed whole. */
  private final List<String> forms;

  private Redaction(List<String> forms) {
    this.forms = forms;
  }

  /** A redaction of these secret values (nulls and blanks are skipped) and of the patterns. */
  static Redaction of(Collection<@Nullable String> secrets) {
    Set<String> forms = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret == null || secret.isBlank()) {
        continue;
      }
      forms.add(secret);
      String escaped = JsonStrings.quote(secret);
      escaped = escaped.substring(1, escaped.length() - 1);
      forms.add(escaped);
      forms.add(escaped.replace("/", "\\/"));
    }
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return new Redaction(List.copyOf(sorted));
  }

  /**
   * The secrets an {@code Authorization} header carries, in every form a server could echo: a
   * bearer token; Basic credentials as sent (Base64), decoded ({@code user:password}) and the
   * password alone. None for no header.
   */
  static List<String> credentialsIn(@Nullable String authorization) {
    if (authorization == null) {
      return List.of();
    }
    int space = authorization.indexOf(' ');
    String value = space < 0 ? authorization : authorization.substring(space + 1).strip();
    List<String> secrets = new ArrayList<>(List.of(value));
    if (authorization.regionMatches(true, 0, "Basic ", 0, "Basic ".length())) {
      try {
        String decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
        secrets.add(decoded);
        int colon = decoded.indexOf(':');
        if (colon >= 0 && colon < decoded.length() - 1) {
          secrets.add(decoded.substring(colon + 1));
        }
      } catch (IllegalArgumentException notBase64) {
        // Not Basic credentials of ours: the value as sent is scrubbed all the same.
      }
    }
    return secrets;
  }

  /**
   * The values of the secret-named string members of a JSON object ({@code GoogleAccessToken},
   * {@code Office365AccessToken}, {@code IncomingServerPassword}…), escapes decoded.
   */
  static List<String> secretsIn(String json) {
    List<String> secrets = new ArrayList<>();
    for (JsonText.Member member : JsonText.members(json)) {
      if (isSecretName(member.name()) && json.charAt(member.valueStart()) == '"') {
        secrets.add(JsonText.unescape(json.subSequence(member.valueStart() + 1, member.valueEnd() - 1)));
      }
    }
    return secrets;
  }

  /** The redaction of the exchange running on this thread, or the patterns alone outside one. */
  static Redaction current() {
    Redaction current = CURRENT.get();
    return current == null ? PATTERNS_ONLY : current;
  }

  /** Runs {@code call} with this as the {@link #current()} redaction of this thread. */
  <T> T around(Supplier<T> call) {
    Redaction previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return call.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** {@code text} without any secret value, secret-named string member or bearer token. */
  String scrub(String text) {
    for (String form : forms) {
      text = text.replace(form, MASK);
    }
    return BEARER.matcher(maskSecretMembers(text)).replaceAll("Bearer " + MASK);
  }

  /**
   * {@code text} with the value of every {@code "name": "value"} whose name (escapes decoded) holds
   * {@code token}, {@code password} or {@code secret} in any case replaced by the mask. A linear
   * scan rather than a regular expression, so that no input can make it slow or overflow a stack.
   */
  private static String maskSecretMembers(String text) {
    StringBuilder out = null;
    int copied = 0;
    int at = text.indexOf('"');
    while (at >= 0) {
      int nameEnd = JsonText.stringLiteralEnd(text, at);
      if (nameEnd < 0) {
        break;
      }
      int colon = skipSpace(text, nameEnd);
      int valueStart = colon < text.length() && text.charAt(colon) == ':' ? skipSpace(text, colon + 1) : -1;
      if (valueStart < 0 || valueStart >= text.length() || text.charAt(valueStart) != '"') {
        at = text.indexOf('"', nameEnd);
        continue;
      }
      int valueEnd = JsonText.stringLiteralEnd(text, valueStart);
      if (valueEnd < 0) {
        valueEnd = text.length();
      }
      if (isSecretName(JsonText.unescape(text.subSequence(at + 1, nameEnd - 1)))) {
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, copied, valueStart).append('"').append(MASK).append('"');
        copied = valueEnd;
      }
      at = valueEnd < text.length() ? text.indexOf('"', valueEnd) : -1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean isSecretName(String name) {
    return WireNames.isSecretName(name);
  }

  private static int skipSpace(String text, int at) {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  /**
   * At most {@value #EXCERPT_CHARS} characters of {@code body} for a person: scrubbed as it was
   * sent, its JSON escapes decoded and scrubbed again (so that an escaped secret shows neither way),
   * white space folded and scrubbed once more (a secret may hold spaces).
   */
  String excerpt(byte[] body) {
    String text = scrub(JsonText.unescape(scrub(new String(body, StandardCharsets.UTF_8))));
    text = scrub(SPACES.matcher(text).replaceAll(" ").strip());
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
  }

  /** {@code response} with every message, property name and string attempted value scrubbed. */
  ValidationResponse scrub(ValidationResponse response) {
    List<ValidationError> errors = new ArrayList<>(response.errors().size());
    for (ValidationError error : response.errors()) {
      Object attempted = error.attemptedValue() instanceof String text ? scrub(text) : error.attemptedValue();
      errors.add(new ValidationError(scrub(error.propertyName()), attempted, scrub(error.message())));
    }
    String message = scrub(response.message());
    return response.wasSuccessful()
        ? ValidationResponse.success(message, response.value())
        : ValidationResponse.rejection(message, errors);
  }
}
