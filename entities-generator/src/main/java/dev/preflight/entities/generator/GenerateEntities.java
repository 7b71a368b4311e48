package dev.preflight.entities.generator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the package {@code dev.preflight.entities}: {@link EntitiesProcessor} generates there a model
 * of every entity of the standard catalogue but EmailAccount (hand-written, the flagship's), and
 * {@code Entities}, the list of them.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface GenerateEntities {}
