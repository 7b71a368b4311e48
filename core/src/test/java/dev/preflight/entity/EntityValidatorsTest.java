package dev.preflight.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.emailaccount.validation.Operation;
import dev.preflight.emailaccount.validation.ValidationError;
import dev.preflight.entity.spi.EntityRule;
import dev.preflight.entity.spi.EntityRuleContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of your own through {@link EntityValidators}: where they apply, their order, their reports. */
class EntityValidatorsTest {
  private static final EntityCatalogue CATALOGUE = EntityCatalogue.standard();
  private static final Entity BOOKINGS = CATALOGUE.entity("bookings").orElseThrow();

  private record Reporting(String id, String entity, String property, String message) implements EntityRule {
    @Override
    public boolean appliesTo(String entityName) {
      return entityName.equals(entity);
    }

    @Override
    public void validate(EntityRecord record, EntityRuleContext context) {
      context.report(property, context.operation() == Operation.CREATE ? "on create" : "on update", message);
    }
  }

  private static final EntityRule THROWS = new EntityRule() {
    @Override
    public String id() {
      return "throws";
    }

    @Override
    public boolean appliesTo(String entityName) {
      return true;
    }

    @Override
    public void validate(EntityRecord record, EntityRuleContext context) {
      throw new IllegalArgumentException("boom");
    }
  };

  @Test
  void aRuleJoinsOnlyTheEntitiesItAppliesToAndReportsInFieldOrder() {
    EntityValidators validators = EntityValidators.of(CATALOGUE, List.of(
        new Reporting("second", "bookings", "colour", "must be blue"),
        new Reporting("first", "bookings", "notes", "must be polite"),
        new Reporting("elsewhere", "checkins", "Notes", "never seen")));

    assertThat(validators.validator("Bookings", Operation.UPDATE).validate(CatalogueRecords.minimal(BOOKINGS)).errors())
        .containsExactly(
            new ValidationError("Notes", "on update", "must be polite"),
            new ValidationError("colour", "on update", "must be blue"));
    assertThat(validators.validator("bookings", Operation.CREATE).validate(CatalogueRecords.minimal(BOOKINGS)).errors())
        .extracting(ValidationError::attemptedValue).containsOnly("on create");
    Entity checkins = CATALOGUE.entity("checkins").orElseThrow();
    assertThat(EntityValidators.standard().validator("checkins", Operation.UPDATE)
        .validate(CatalogueRecords.minimal(checkins)).wasSuccessful()).isTrue();
  }

  @Test
  void aSecretReportedByARuleIsShownRedacted() {
    EntityValidators validators = EntityValidators.of(CATALOGUE,
        List.of(new Reporting("token", "emailaccounts", "googleaccesstoken", "has expired")));
    Entity accounts = CATALOGUE.entity("emailaccounts").orElseThrow();

    assertThat(validators.validator("emailaccounts", Operation.UPDATE).validate(CatalogueRecords.minimal(accounts)).errors())
        .containsExactly(new ValidationError("GoogleAccessToken", "***", "has expired"));
  }

  @Test
  void aRuleThatThrowsIsNamed() {
    assertThatThrownBy(() -> EntityValidators.of(CATALOGUE, List.of(THROWS)).validator("bookings", Operation.UPDATE)
        .validate(CatalogueRecords.minimal(BOOKINGS)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the rule throws threw; rules must be total");
  }

  @Test
  void anUnknownEntityIsNamedWithWhereToFindTheOthers() {
    assertThatThrownBy(() -> EntityValidators.standard().validator("bookingz", Operation.UPDATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no entity named 'bookingz' in the catalogue of " + CATALOGUE.entities().size()
            + " entities (./preflight entities lists them)");
  }

  @Test
  void aRequiredFieldSentOnCreateOnlyIsNotRequiredOnUpdate() {
    Field series = new Field("SeriesName", FieldType.STRING, true, true, false, List.of(), List.of());
    Field name = new Field("Name", FieldType.STRING, true, true, true, List.of(), List.of());
    Entity entity = new Entity("series", "Series", null, java.util.Set.of(Operation.CREATE, Operation.UPDATE),
        "test", List.of(series, name));
    EntityRecord record = EntityRecord.of(entity, 7L, java.util.Map.of(name, "Weekly"), List.of());

    assertThat(EntityValidator.standard(entity).validate(record).wasSuccessful()).isTrue();
    assertThat(EntityValidator.standard(entity).forOperation(Operation.CREATE).validate(record).errors())
        .containsExactly(new ValidationError("SeriesName", null, "is a required field"));
    assertThat(EntityValidator.standard(entity).descriptions().get(0).propertyNames()).containsExactly("Id", "Name");
  }
}
