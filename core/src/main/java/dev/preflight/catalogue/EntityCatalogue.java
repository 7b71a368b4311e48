package dev.preflight.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every entity Preflight knows, with the facts of Nexudus's generated entity references (see
 * docs/catalogue.md for what it holds and how it is refreshed). Immutable and thread-safe.
 */
public final class EntityCatalogue {
  /** Where the catalogue the library ships sits on the class path. */
  static final String RESOURCE = "catalogue.tsv";

  private static final class Standard {
    static final EntityCatalogue INSTANCE = load();
  }

  private final List<Entity> entities;
  private final Map<String, Entity> byName = new HashMap<>();

  private EntityCatalogue(List<Entity> entities) {
    this.entities = List.copyOf(entities);
    for (Entity entity : this.entities) {
      byName.putIfAbsent(entity.name().toLowerCase(Locale.ROOT), entity);
    }
  }

  /** The catalogue Preflight ships, read once. */
  public static EntityCatalogue standard() {
    return Standard.INSTANCE;
  }

  /** A catalogue of these entities (a test's, or one you build). */
  public static EntityCatalogue of(List<Entity> entities) {
    return new EntityCatalogue(Objects.requireNonNull(entities, "entities == null"));
  }

  /** Every entity, by name. */
  public List<Entity> entities() {
    return entities;
  }

  /** The entity of this name ({@code bookings}), case-insensitively, or empty. */
  public Optional<Entity> entity(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The entity a name that is not one most likely means: the entity whose record name it is
   * ({@code Booking}), or whose name it is without its plural ending ({@code booking}); empty when
   * none is.
   */
  public Optional<Entity> likelyMeant(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (Entity entity : entities) {
      if (entity.recordName().equalsIgnoreCase(name) || entity.name().equals(lower + "s")
          || entity.name().equals(lower + "es")) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }

  private static EntityCatalogue load() {
    try (InputStream in = EntityCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the entity catalogue " + RESOURCE + " is missing from the class path");
      }
      return new EntityCatalogue(CatalogueText.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "EntityCatalogue[" + entities.size() + " entities]";
  }
}
