package dev.preflight.entities.generator;

import dev.preflight.catalogue.Entity;
import dev.preflight.catalogue.EntityCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes the models of {@link GenerateEntities} during compilation: {@link ModelSource}'s source of
 * each entity of the standard catalogue but EmailAccount, and {@link EntitiesSource}'s list of them.
 * javac compiles them in the same run, so the build needs no plugin and the sources are never
 * committed.
 */
public final class EntitiesProcessor extends AbstractProcessor {
  /** The one entity whose model is hand-written: {@code dev.preflight.emailaccount.EmailAccount}. */
  static final String HAND_WRITTEN = "emailaccounts";

  private boolean generated;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(GenerateEntities.class.getName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (generated || annotations.isEmpty()) {
      return false;
    }
    Set<? extends Element> marked = round.getElementsAnnotatedWith(GenerateEntities.class);
    if (marked.isEmpty()) {
      return false;
    }
    generated = true;
    try {
      List<Entity> entities = modelled(EntityCatalogue.standard());
      for (Entity entity : entities) {
        ModelSource model = new ModelSource(EntityCatalogue.standard(), entity);
        write(model.className(), model.source(), marked.iterator().next());
      }
      write(EntitiesSource.CLASS_NAME, EntitiesSource.source(entities), marked.iterator().next());
    } catch (RuntimeException failed) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "entity models not generated: " + failed);
    }
    return true;
  }

  /** The entities that get a generated model, in the catalogue's order. */
  static List<Entity> modelled(EntityCatalogue catalogue) {
    return catalogue.entities().stream().filter(entity -> !entity.name().equals(HAND_WRITTEN)).toList();
  }

  private void write(String className, String source, Element origin) {
    try (Writer out = processingEnv.getFiler()
        .createSourceFile(ModelSource.PACKAGE + "." + className, origin).openWriter()) {
      out.write(source);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }
}
