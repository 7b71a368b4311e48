package dev.preflight.entities.generator;

import dev.preflight.catalogue.Entity;
import java.util.List;

/** The source of {@code Entities}: the type of every generated model, in the catalogue's order. */
final class EntitiesSource {
  static final String CLASS_NAME = "Entities";

  private EntitiesSource() {}

  static String source(List<Entity> entities) {
    StringBuilder out = new StringBuilder(4096 + 40 * entities.size());
    out.append("package ").append(ModelSource.PACKAGE).append(";\n\n");
    out.append("import dev.preflight.model.ModelType;\nimport java.util.List;\n\n");
    out.append("/**\n * The type of every generated model, in the catalogue's order: ").append(entities.size())
        .append(" entities (EmailAccount's model is\n * the hand-written {@code dev.preflight.emailaccount.EmailAccount}).")
        .append(" Generated from the catalogue.\n */\n");
    out.append("public final class ").append(CLASS_NAME).append(" {\n  private ").append(CLASS_NAME)
        .append("() {}\n\n");
    out.append("  /** Every model's type; loading them all initialises every model class. */\n");
    out.append("  public static List<ModelType<?>> all() {\n    return List.of(");
    for (int i = 0; i < entities.size(); i++) {
      out.append(i == 0 ? "\n        " : ",\n        ").append(entities.get(i).recordName()).append(".TYPE");
    }
    out.append(");\n  }\n}\n");
    return out.toString();
  }
}
