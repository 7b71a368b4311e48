package dev.preflight.catalogue;


import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of an entity as the entity references describe it.
 *
 * @param wireName the JSON property name, PascalCase ({@code ResourceId})
 * @param type its type
 * @param requiredOnCreate whether the references call it required on create (what the validator
 *     makes of that is {@link #enforcedAsRequired()})
 * @param onCreate whether a create sends it
 * @param onUpdate whether an update sends it; a field sent on create only is {@link #createOnly()}
 * @param enumValues the codes an {@link FieldType#ENUM} field takes, in the references' order
 * @param childProperties the writable properties of each element of a {@link FieldType#CHILDREN}
 *     field
 */
public record Field(String wireName, FieldType type, boolean requiredOnCreate, boolean onCreate, boolean onUpdate,
    List<EnumValue> enumValues, List<String> childProperties) {

  public Field {
    Objects.requireNonNull(wireName, "wireName == null");
    Objects.requireNonNull(type, "type == null");
    enumValues = List.copyOf(enumValues);
    childProperties = List.copyOf(childProperties);
  }

  /**
   * Whether its value is a secret, never echoed as an AttemptedValue nor printed: a string field
   * with {@code Password}, {@code Token}, {@code Secret}, {@code ApiKey}, {@code PrivateKey},
   * {@code Passcode} or {@code Pincode} in its name (docs/catalogue.md). The references do not mark
   * secrets, so the name decides; a date-time such as {@code LastLanguageTokenUpdate} is not one.
   */
  public boolean secret() {
    return type == FieldType.STRING && WireNames.isSecretName(wireName);
  }

  /** {@code value} as it may be shown: {@code ***} in place of a present secret. */
  public @Nullable Object shown(@Nullable Object value) {
    return value != null && secret() ? WireNames.REDACTED : value;
  }

  /** Set on create, never on update: an update leaves it as it is (decision 0011). */
  public boolean createOnly() {
    return onCreate && !onUpdate;
  }

  /**
   * Whether the validator requires it: the references' required flag, for strings, ids, date-times
   * and child collections only. An enum, an int, a decimal or a bool has a default value the server
   * binds when it is missing, and the API's own pages call such fields optional, so Preflight does
   * not reject a record without one (decision 0011).
   */
  public boolean enforcedAsRequired() {
    return requiredOnCreate && switch (type) {
      case STRING, LONG, DATE_TIME, CHILDREN -> true;
      case INT, DECIMAL, BOOL, ENUM, LIST -> false;
    };
  }
}
