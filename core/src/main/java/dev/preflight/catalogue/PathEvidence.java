package dev.preflight.catalogue;

/** What an entity's API path rests on (docs/catalogue.md, "API paths"). */
public enum PathEvidence {
  /** A Nexudus REST reference page (developers.nexudus.com) shows it. */
  OFFICIAL("official page"),
  /** Only third-party code that calls Nexudus names it: a lead, used until a page confirms it. */
  COMMUNITY("community only");

  private final String label;

  PathEvidence(String label) {
    this.label = label;
  }

  /** As the command line and the coverage page show it: {@code official page}, {@code community only}. */
  public String label() {
    return label;
  }

  /** The evidence written in the catalogue ({@code official}, {@code community}). */
  static PathEvidence fromCatalogue(String word) {
    return valueOf(word.toUpperCase(java.util.Locale.ROOT));
  }
}
