package dev.preflight.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.Validators;
import dev.preflight.catalogue.CatalogueRecords;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.FieldType;
import dev.preflight.catalogue.Operation;
import dev.preflight.emailaccount.EnumCode;
import dev.preflight.entities.generator.JavaNames;
import dev.preflight.model.EntityModel;
import dev.preflight.model.ModelBuilder;
import dev.preflight.model.ModelType;
import dev.preflight.validation.ValidationResponse;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every generated model, through its own typed builder (each setter called by its generated name,
 * the enum overload where there is one): a full valid record validates with no error, is exactly the
 * record the catalogue's fixtures build, and every door's envelope is the record's.
 */
class EveryModelTest {
  private static final Validators VALIDATORS = Validators.standard();

  @Test
  void thereIsAModelOfEveryEntityButTheHandWrittenEmailAccount() {
    List<String> modelled = Entities.all().stream().map(type -> type.entity().name()).toList();
    List<String> catalogue = EntityCatalogue.standard().entities().stream().map(Entity::name)
        .filter(name -> !name.equals("emailaccounts")).toList();
    assertThat(modelled).isEqualTo(catalogue).hasSize(210);
    for (ModelType<?> type : Entities.all()) {
      assertThat(type.modelClass().getSimpleName()).isEqualTo(type.entity().recordName());
      assertThat(ModelType.of(type.modelClass())).isSameAs(type);
    }
  }

  @TestFactory
  Stream<DynamicTest> aFullRecordBuiltThroughTheTypedBuilderIsTheFixturesRecordAndValidatesClean() {
    return Entities.all().stream().map(type -> DynamicTest.dynamicTest(type.entity().name(), () -> {
      EntityModel model = full(type);
      assertThat(model.toRecord()).isEqualTo(CatalogueRecords.full(type.entity()));
      for (Operation operation : Operation.values()) {
        if (type.entity().supports(operation)) {
          ValidationResponse typed = VALIDATORS.validator(type.entity().name(), operation).validate(model.toRecord());
          assertThat(typed.errors()).as(operation.toString()).isEmpty();
        }
      }
      assertThat(invoke(model, "toBuilder")).isInstanceOf(ModelBuilder.class);
      assertThat(((ModelBuilder<?, ?>) invoke(model, "toBuilder")).build()).isEqualTo(model);
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachWithCopyChangesOneFieldAndTheEnvelopeIsTheRecords() {
    return Entities.all().stream().map(type -> DynamicTest.dynamicTest(type.entity().name(), () -> {
      EntityModel model = full(type);
      List<Field> fields = type.entity().fields();
      for (int i = 0; i < fields.size(); i++) {
        Field field = fields.get(i);
        String accessor = JavaNames.accessor(field.wireName());
        String with = "with" + Character.toUpperCase(accessor.charAt(0)) + accessor.substring(1);
        with = accessor.endsWith("Value") && !field.wireName().endsWith("Value") ? with.substring(0, with.length() - 5) : with;
        EntityModel cleared = (EntityModel) invoke(model, with, javaType(field), (Object) null);
        assertThat(invoke(cleared, accessor)).isNull();
        assertThat(cleared.toRecord()).isEqualTo(CatalogueRecords.without(model.toRecord(), field));
        for (Operation operation : List.of(Operation.CREATE, Operation.UPDATE)) {
          if (type.entity().supports(operation)) {
            var validator = VALIDATORS.validator(type.entity().name(), operation);
            assertThat(validator.validate(cleared.toRecord()))
                .isEqualTo(validator.validate(CatalogueRecords.without(CatalogueRecords.full(type.entity()), field)));
          }
        }
      }
    }));
  }

  @Test
  void anUnknownEnumCodeIsKeptAndReportedAsForTheRecord() {
    Booking booking = full(Booking.TYPE).withRepeats(987654);
    assertThat(booking.repeats()).isEqualTo(987654);
    assertThat(booking.knownRepeats()).isEmpty();
    assertThat(full(Booking.TYPE).knownRepeats()).contains(Booking.Repeats.values()[0]);
    var validator = VALIDATORS.validator("bookings", Operation.UPDATE);
    Field repeats = Booking.REPEATS.field();
    ValidationResponse typed = validator.validate(booking.toRecord());
    assertThat(typed).isEqualTo(validator.validate(
        CatalogueRecords.with(CatalogueRecords.full(Booking.TYPE.entity()), repeats, 987654L)));
    assertThat(typed.errors()).singleElement().satisfies(error -> {
      assertThat(error.propertyName()).isEqualTo("Repeats");
      assertThat(error.attemptedValue()).isEqualTo(987654L);
    });
  }

  @Test
  void aSecretIsNeverShown() {
    Application application = Application.builder().id(5L).name("Portal").secretKey("s3cr3t-value").build();
    assertThat(application).hasToString("Application[Id=5, Name=Portal, SecretKey=***]");
    assertThat(application.secretKey()).isEqualTo("s3cr3t-value");
  }

  @Test
  void aModelsJsonHasTheIdThenEachFieldPresentInTheCataloguesOrder() {
    Booking booking = Booking.builder().id(7L).notes("say \"hi\"\n").resourceId(12L).overridePrice(new BigDecimal("12.50"))
        .repeats(Booking.Repeats.values()[0]).bookingProducts(List.of(BookingProduct.builder().productId(1L).quantity(2).build()))
        .build();
    assertThat(booking.toJson()).isEqualTo("{\"Id\":7,\"ResourceId\":12,\"Notes\":\"say \\\"hi\\\"\\n\",\"Repeats\":"
        + Booking.Repeats.values()[0].code() + ",\"OverridePrice\":12.50,\"BookingProducts\":[{\"ProductId\":1,\"Quantity\":2}]}");
  }

  @Test
  void aValueOfAnotherTypeThanItsFieldsIsRefused() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<BookingProduct> smuggled = (List) List.of("a product");
    assertThatThrownBy(() -> Booking.builder().bookingProducts(smuggled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BookingProducts holds BookingProduct elements, not String");
    assertThatThrownBy(() -> Booking.builder().build().withBookingProducts(smuggled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BookingProducts holds BookingProduct elements, not String");
  }

  @Test
  void aListHoldsPlainJsonValuesCopiedAndTheRecordItsSize() {
    ModelType<?> withList = Entities.all().stream()
        .filter(type -> type.entity().fields().stream().anyMatch(f -> f.type() == FieldType.LIST)).findFirst().orElseThrow();
    Field field = withList.entity().fields().stream().filter(f -> f.type() == FieldType.LIST).findFirst().orElseThrow();
    List<Object> elements = new ArrayList<>(Arrays.asList(1L, "two", null, new BigDecimal("3.0"), List.of(true)));
    Object builder = invoke(builder(withList), JavaNames.accessor(field.wireName()), List.class, elements);
    EntityModel model = ((ModelBuilder<?, ?>) builder).build();
    elements.clear();
    assertThat(model.value(field)).isEqualTo(Arrays.asList(1L, "two", null, new BigDecimal("3.0"), List.of(true)));
    assertThat(model.jsonOf(field)).isEqualTo("[1,\"two\",null,3.0,[true]]");
    assertThat(model.toRecord().value(field)).isEqualTo(5);
    assertThatThrownBy(() -> invoke(builder, JavaNames.accessor(field.wireName()), List.class, List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(field.wireName() + " holds JSON values (Long, BigDecimal, String, Boolean, null, List, Map), not a Object");
  }

  @Test
  void otherMembersAreKeptWrittenAfterTheFieldsAndNamedInTheRecord() {
    BookingVisitor visitor = BookingVisitor.builder().visitorId(3L).otherMember("VisitorFullName", "Ada")
        .otherMember("AccessPassword", "s3cr3t").build();
    assertThat(visitor.otherMembers()).containsExactly(java.util.Map.entry("VisitorFullName", "Ada"),
        java.util.Map.entry("AccessPassword", "s3cr3t"));
    assertThat(visitor.toJson()).isEqualTo("{\"VisitorId\":3,\"VisitorFullName\":\"Ada\",\"AccessPassword\":\"s3cr3t\"}");
    assertThat(visitor).hasToString("BookingVisitor[VisitorId=3, VisitorFullName=Ada, AccessPassword=***]");
    assertThat(visitor.toRecord().unknownMembers()).containsExactly("VisitorFullName", "AccessPassword");
    assertThat(visitor.withVisitorId(4L).otherMembers()).isEqualTo(visitor.otherMembers());
    assertThat(visitor.toBuilder().otherMember("AccessPassword", null).build().otherMembers())
        .containsOnlyKeys("VisitorFullName");
    assertThatThrownBy(() -> BookingVisitor.builder().otherMember("visitorid", 3L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("visitorid is a field of BookingVisitor, not another member: set it as such");
    assertThatThrownBy(() -> BookingVisitor.builder().otherMember("Id", 3L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Id is the Id of BookingVisitor, not another member: set it as such");
  }

  /** A full record of {@code type}: every field set through its typed setter with the fixtures' valid value. */
  @SuppressWarnings("unchecked")
  static <M extends EntityModel> M full(ModelType<M> type) {
    Object builder = builder(type);
    for (Field field : type.entity().fields()) {
      String setter = JavaNames.accessor(field.wireName());
      Class<?> enumType = enumType(type, field);
      if (enumType != null && !field.enumValues().isEmpty()) {
        invoke(builder, setter, enumType, enumType.getEnumConstants()[0]);
      } else {
        invoke(builder, setter, javaType(field), modelValue(type, field));
      }
    }
    invoke(builder, "id", Long.class, 1001L);
    return (M) ((ModelBuilder<?, ?>) builder).build();
  }

  private static Object builder(ModelType<?> type) {
    return invoke(type.modelClass(), "builder");
  }

  private static Object modelValue(ModelType<?> type, Field field) {
    Object valid = CatalogueRecords.validValue(field);
    return switch (field.type()) {
      case INT, ENUM -> Math.toIntExact((Long) valid);
      case CHILDREN -> List.of(invokeBuild(type.childType(field)));
      case LIST -> List.of(42L);
      default -> valid;
    };
  }

  private static Object invokeBuild(ModelType<?> childType) {
    return ((ModelBuilder<?, ?>) builder(childType)).build();
  }

  /** The enum of {@code field}'s codes: what its {@code known…} accessor answers; null when it has none. */
  private static Class<?> enumType(ModelType<?> type, Field field) {
    String accessor = JavaNames.accessor(field.wireName());
    try {
      Method known = type.modelClass().getMethod("known" + Character.toUpperCase(accessor.charAt(0)) + accessor.substring(1));
      return (Class<?>) ((ParameterizedType) known.getGenericReturnType()).getActualTypeArguments()[0];
    } catch (NoSuchMethodException none) {
      return null;
    }
  }

  static Class<?> javaType(Field field) {
    return switch (field.type()) {
      case LONG -> Long.class;
      case INT, ENUM -> Integer.class;
      case DECIMAL -> BigDecimal.class;
      case BOOL -> Boolean.class;
      case STRING, DATE_TIME -> String.class;
      case CHILDREN, LIST -> List.class;
    };
  }

  private static Object invoke(Object target, String name, Object... typesThenArguments) {
    int half = typesThenArguments.length / 2;
    Class<?>[] types = Arrays.copyOfRange(typesThenArguments, 0, half, Class[].class);
    Object[] arguments = Arrays.copyOfRange(typesThenArguments, half, typesThenArguments.length);
    Class<?> owner = target instanceof Class<?> type ? type : target.getClass();
    try {
      return owner.getMethod(name, types).invoke(target instanceof Class<?> ? null : target, arguments);
    } catch (InvocationTargetException failed) {
      throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
    } catch (ReflectiveOperationException missing) {
      throw new AssertionError(owner.getSimpleName() + " has no " + name + Arrays.toString(types), missing);
    }
  }
}
