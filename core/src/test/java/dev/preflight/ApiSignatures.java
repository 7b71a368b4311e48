package dev.preflight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.PackageMatchers;
import java.util.ArrayList;
import java.util.List;

/**
 * An ArchUnit rule for any module: what users can call (public and protected members of public
 * classes outside internal packages) names no internal type in its parameters, return type, thrown
 * exceptions or field type, generic arguments included.
 */
public final class ApiSignatures {
  private ApiSignatures() {}

  /** The rule that no API signature names a class in a package matching {@code internalPackages}. */
  @SuppressWarnings("exports") // test code: ArchUnit is on the class path, not a module of ours
  public static ArchRule mustNotName(String internalPackages) {
    PackageMatchers internal = PackageMatchers.of(internalPackages);
    DescribedPredicate<JavaMember> api = new DescribedPredicate<>("are part of the API") {
      @Override
      public boolean test(JavaMember member) {
        JavaClass owner = member.getOwner();
        return owner.getModifiers().contains(JavaModifier.PUBLIC)
            && !internal.test(owner.getPackageName())
            && (member.getModifiers().contains(JavaModifier.PUBLIC) || member.getModifiers().contains(JavaModifier.PROTECTED));
      }
    };
    ArchCondition<JavaMember> nameNoInternalType = new ArchCondition<>("name no internal type") {
      @Override
      public void check(JavaMember member, ConditionEvents events) {
        List<JavaClass> named = new ArrayList<>();
        if (member instanceof JavaCodeUnit code) {
          named.addAll(code.getReturnType().getAllInvolvedRawTypes());
          code.getParameterTypes().forEach(type -> named.addAll(type.getAllInvolvedRawTypes()));
          named.addAll(code.getExceptionTypes());
        } else if (member instanceof JavaField field) {
          named.addAll(field.getType().getAllInvolvedRawTypes());
        }
        for (JavaClass type : named) {
          if (internal.test(type.getPackageName())) {
            events.add(SimpleConditionEvent.violated(member, member.getFullName() + " names " + type.getName()));
          }
        }
      }
    };
    return members().that(api).should(nameNoInternalType).allowEmptyShould(true);
  }
}
