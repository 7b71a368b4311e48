/**
 * API: typed records of catalogue entities. {@link dev.preflight.model.EntityModel} is the base of
 * the models generated from the catalogue (artifact {@code preflight-entities}, package {@code
 * dev.preflight.entities}), {@link dev.preflight.model.ModelType} describes one of them and {@link
 * dev.preflight.model.ModelBuilder} builds one. A model is validated through {@link
 * dev.preflight.model.EntityModel#toRecord()}, the record the JSON doors read (docs/models.md).
 */
@NullMarked
package dev.preflight.model;

import org.jspecify.annotations.NullMarked;
