package dev.preflight;

import dev.preflight.catalogue.CatalogueRecords;
import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import dev.preflight.catalogue.EntityRecord;
import dev.preflight.catalogue.Field;
import dev.preflight.catalogue.FieldType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.preflight.catalogue.Operation;
import dev.preflight.validation.ValidationError;
import dev.preflight.validation.spi.Rule;
import dev.preflight.validation.spi.RuleContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of your own through {@link Validators}: where they apply, their order, their reports. */
class ValidatorsTest {
  private static final EntityCatalogue CATALOGUE = EntityCatalogue.standard();
  private static final Entity BOOKINGS = CATALOGUE.entity("bookings").orElseThrow();

  private record Reporting(String id, String entity, String property, String message) implements Rule {
    @Override
    public boolean appliesTo(String entityName) {
      return entityName.equals(entity);
    }

    @Override
    public void validate(EntityRecord record, RuleContext context) {
      context.report(property, context.operation() == Operation.CREATE ? "on create" : "on update", message);
    }
  }

  private static final Rule THROWS = new Rule() {
    @Override
    public String id() {
      return "throws";
    }

    @Override
    public boolean appliesTo(String entityName) {
      return true;
    }

    @Override
    public void validate(EntityRecord record, RuleContext context) {
      throw new IllegalArgumentException("boom");
    }
  };

  @Test
  void aRuleJoinsOnlyTheEntitiesItAppliesToAndReportsInFieldOrder() {
    Validators validators = Validators.builder().catalogue(CATALOGUE).addRules(List.of(
        new Reporting("second", "bookings", "colour", "must be blue"),
        new Reporting("first", "bookings", "notes", "must be polite"),
        new Reporting("elsewhere", "checkins", "Notes", "never seen"))).build();

    assertThat(validators.validator("Bookings", Operation.UPDATE).validate(CatalogueRecords.minimal(BOOKINGS)).errors())
        .containsExactly(
            new ValidationError("Notes", "on update", "must be polite"),
            new ValidationError("colour", "on update", "must be blue"));
    assertThat(validators.validator("bookings", Operation.CREATE).validate(CatalogueRecords.minimal(BOOKINGS)).errors())
        .extracting(ValidationError::attemptedValue).containsOnly("on create");
    Entity checkins = CATALOGUE.entity("checkins").orElseThrow();
    assertThat(Validators.standard().validator("checkins", Operation.UPDATE)
        .validate(CatalogueRecords.minimal(checkins)).wasSuccessful()).isTrue();
  }

  @Test
  void aSecretReportedByARuleIsShownRedacted() {
    Validators validators = Validators.builder().catalogue(CATALOGUE).addRules(List.of(new Reporting("token", "users", "password", "has expired"))).build();
    Entity users = CATALOGUE.entity("users").orElseThrow();

    assertThat(validators.validator("users", Operation.UPDATE).validate(CatalogueRecords.minimal(users)).errors())
        .containsExactly(new ValidationError("Password", "***", "has expired"));
    assertThat(Validators.builder().addRules(List.of(new Reporting("token", "emailaccounts", "googleaccesstoken",
        "has expired"))).build().validator("emailaccounts", Operation.UPDATE).validate(CatalogueRecords.minimal(
        CATALOGUE.entity("emailaccounts").orElseThrow())).errors())
        .contains(new ValidationError("GoogleAccessToken", "***", "has expired"));
  }

  @Test
  void aRuleThatThrowsIsNamed() {
    assertThatThrownBy(() -> Validators.builder().catalogue(CATALOGUE).addRules(List.of(THROWS)).build().validator("bookings", Operation.UPDATE)
        .validate(CatalogueRecords.minimal(BOOKINGS)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the rule throws threw; rules must be total");
  }

  @Test
  void anUnknownEntityIsNamedWithWhereToFindTheOthers() {
    assertThatThrownBy(() -> Validators.standard().validator("bookingz", Operation.UPDATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no entity named 'bookingz' in the catalogue of " + CATALOGUE.entities().size()
            + " entities (./preflight entities lists them)");
  }

  @Test
  void aRequiredFieldSentOnCreateOnlyIsNotRequiredOnUpdate() {
    Field series = new Field("SeriesName", FieldType.STRING, true, true, false, List.of(), List.of());
    Field name = new Field("Name", FieldType.STRING, true, true, true, List.of(), List.of());
    Entity entity = new Entity("series", "Series", null, null, java.util.Set.of(Operation.CREATE, Operation.UPDATE), true,
        "test", List.of(series, name));
    EntityRecord record = EntityRecord.of(entity, 7L, java.util.Map.of(name, "Weekly"), List.of());

    assertThat(Validators.builder().catalogue(EntityCatalogue.of(List.of(entity))).build().validator("series", Operation.UPDATE).validate(record).wasSuccessful()).isTrue();
    assertThat(Validators.builder().catalogue(EntityCatalogue.of(List.of(entity))).build().validator("series", Operation.CREATE).validate(record).errors())
        .containsExactly(new ValidationError("SeriesName", null, "is a required field"));
    assertThat(Validators.builder().catalogue(EntityCatalogue.of(List.of(entity))).build().validator("series", Operation.UPDATE).descriptions().get(0).propertyNames()).containsExactly("Id", "Name");
  }
}
