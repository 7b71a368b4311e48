package dev.preflight;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * An ArchUnit rule for any module: no two packages depend on each other, directly or through others.
 * A package's {@code internal} subpackage is its implementation and counts as the package itself.
 */
public final class PackageCycles {
  private PackageCycles() {}

  /** Every package is its own slice, and the slices are free of cycles. */
  @SuppressWarnings("exports") // test code: ArchUnit is on the class path, not a module of ours
  public static ArchRule forbidden() {
    return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        String name = type.getPackageName();
        return SliceIdentifier.of(name.endsWith(".internal") ? name.substring(0, name.length() - ".internal".length()) : name);
      }

      @Override
      public String getDescription() {
        return "every package, its internals included";
      }
    }).should().beFreeOfCycles();
  }
}
