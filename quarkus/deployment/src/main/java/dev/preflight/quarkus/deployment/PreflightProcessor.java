package dev.preflight.quarkus.deployment;

import dev.preflight.jakarta.cdi.PreflightConfig;
import dev.preflight.jakarta.client.NexudusEmailAccounts;
import dev.preflight.jakarta.client.NexudusEntities;
import dev.preflight.jakarta.json.EmailAccountJsonbAdapter;
import dev.preflight.jakarta.json.ValidationResponseJsonbAdapter;
import dev.preflight.jakarta.validation.ValidEmailAccountValidator;
import dev.preflight.jakarta.validation.ValidEntityModelValidator;
import dev.preflight.jakarta.validation.ValidEntityValidator;
import dev.preflight.model.EntityModel;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import org.jboss.jandex.DotName;
import dev.preflight.emailaccount.EmailAccountValidator;
import dev.preflight.Validators;
import dev.preflight.jakarta.json.JsonValidators;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.IndexDependencyBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import java.util.List;

/**
 * What Quarkus must know of Preflight at build time: its jars are indexed (so ArC finds the
 * producers and the configuration bean, Quarkus REST the body readers and exception mappers,
 * Hibernate Validator the constraints, the REST client its interfaces), and what a native image
 * would reach only by reflection or as a resource is registered.
 */
public final class PreflightProcessor {
  static final String FEATURE = "preflight";

  @BuildStep
  FeatureBuildItem feature() {
    return new FeatureBuildItem(FEATURE);
  }

  @BuildStep
  List<IndexDependencyBuildItem> indexPreflight() {
    return List.of(new IndexDependencyBuildItem("dev.preflight", "preflight-core"),
        new IndexDependencyBuildItem("dev.preflight", "preflight-jakarta"),
        new IndexDependencyBuildItem("dev.preflight", "preflight-entities"));
  }

  /**
   * Preflight's beans stay even when no injection point names them, so that a programmatic lookup
   * ({@code CDI.current().select(NexudusEntities.class)}) finds them as on the other runtimes.
   */
  @BuildStep
  UnremovableBeanBuildItem keepPreflightBeans() {
    return UnremovableBeanBuildItem.beanTypes(Validators.class, EmailAccountValidator.class, JsonValidators.class,
        NexudusEmailAccounts.class, NexudusEntities.class, PreflightConfig.class);
  }

  /** Yasson makes the adapters, and Hibernate Validator the validators, by reflection. */
  @BuildStep
  ReflectiveClassBuildItem reflection() {
    return ReflectiveClassBuildItem.builder(EmailAccountJsonbAdapter.class, ValidationResponseJsonbAdapter.class,
        ValidEmailAccountValidator.class, ValidEntityValidator.class, ValidEntityModelValidator.class)
        .constructors().methods().build();
  }

  /**
   * The generated models, when the application has preflight-entities: {@code ModelType.of(Booking.class)}
   * loads a model's class by name so that its type registers itself, which a native image allows
   * only for classes registered for reflection.
   */
  @BuildStep
  void models(CombinedIndexBuildItem index, BuildProducer<ReflectiveClassBuildItem> reflection) {
    String[] models = index.getIndex().getAllKnownSubclasses(DotName.createSimple(EntityModel.class.getName())).stream()
        .map(model -> model.name().toString()).sorted().toArray(String[]::new);
    if (models.length > 0) {
      reflection.produce(ReflectiveClassBuildItem.builder(models).build());
    }
  }

  /** The entity catalogue, read from the class path. */
  @BuildStep
  NativeImageResourceBuildItem catalogue() {
    return new NativeImageResourceBuildItem("dev/preflight/catalogue/catalogue.tsv");
  }
}
