package dev.complaints.core;

import static dev.complaints.conventions.ApiConventions.packagesOf;
import static dev.complaints.conventions.ApiConventions.notNullMarked;
import static dev.complaints.conventions.ApiConventions.optionalOutsideLookups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.GradeScale;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowEngine;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The null convention of the API (docs/core.md, "Nulls"): JSpecify, every package null-marked. */
class NullnessTest {

  /** The packages of the compiled main classes of the module that holds {@code anchor}. */

  /** The packages whose package-info is missing or not {@code @NullMarked}. */

  private static boolean nullable(AnnotatedElement type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  @Test
  void everyPackageIsNullMarked() throws Exception {
    List<String> packages = packagesOf(Complaint.class);
    assertThat(packages).contains("dev.complaints.core.command", "dev.complaints.core.event",
        "dev.complaints.core.internal", "dev.complaints.core.json", "dev.complaints.core.model",
        "dev.complaints.core.store", "dev.complaints.core.validation", "dev.complaints.core.workflow",
        "dev.complaints.core.workflow.internal");
    assertThat(notNullMarked(Complaint.class)).isEmpty();
  }

  @Test
  void theOwnNullableAnnotationIsGone() {
    assertThatThrownBy(() -> Class.forName("dev.complaints.core.model.Nullable"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void recordComponentsThatMayBeNullCarryJspecifyNullable() {
    Map<String, Boolean> byName = Arrays.stream(ReceiveComplaint.class.getRecordComponents())
        .collect(Collectors.toMap(RecordComponent::getName, c -> nullable(c.getAnnotatedType())));
    assertThat(byName).containsEntry("receivedAt", true).containsEntry("orgUnit", true)
        .containsEntry("grade", true).containsEntry("commandId", false).containsEntry("complainant", false)
        .containsEntry("remediesSought", false);
  }

  @Test
  void returnsAndParametersThatMayBeNullCarryJspecifyNullable() throws Exception {
    assertThat(nullable(Complaint.class.getMethod("grade").getAnnotatedReturnType())).isTrue();
    assertThat(nullable(Complaint.class.getMethod("node").getAnnotatedReturnType())).isTrue();
    assertThat(nullable(Complaint.class.getMethod("id").getAnnotatedReturnType())).isFalse();
    var decide = WorkflowEngine.class.getMethod("decide", Complaint.class,
        dev.complaints.core.command.Command.class);
    assertThat(nullable(decide.getAnnotatedParameterTypes()[0])).isTrue();
    assertThat(nullable(decide.getAnnotatedParameterTypes()[1])).isFalse();
    assertThat(nullable(decide.getAnnotatedReturnType())).isFalse();
  }

  @Test
  void optionalIsTheReturnTypeOfLookupsOnly() throws Exception {
    assertThat(WorkflowDefinition.class.getMethod("node", String.class).getReturnType()).isEqualTo(Optional.class);
    assertThat(GradeScale.class.getMethod("next", dev.complaints.core.model.Grade.class).getReturnType())
        .isEqualTo(Optional.class);
    assertThat(optionalOutsideLookups(Complaint.class, Set.of()))
        .as("the lookups themselves are found without the allow-list")
        .contains("WorkflowDefinition.node (return)", "GradeScale.next (return)");
  }

  @Test
  void noOptionalOutsideLookupsInTheExportedApi() throws Exception {
    // lookups that may find nothing keep Optional; every other absent value is a @Nullable type
    Set<String> lookups = Set.of(
        "WorkflowDefinition.node",
        "CategoryTaxonomy.find",
        "RootCauseTaxonomy.find",
        "GradeScale.next",
        "Routing.route",
        "Routing.rule",
        "WorkflowEngine.route",
        "WorkflowEngine.routedDispatch");
    assertThat(optionalOutsideLookups(Complaint.class, lookups)).isEmpty();
  }

  /**
   * Where the API uses {@code Optional} outside the return type of a lookup: public record components, public
   * fields, public constructor and method parameters, public method return types of the exported packages.
   *
   * @param anchor a class of the module
   * @param lookups the lookups allowed to return an {@code Optional}, as {@code SimpleName.method}
   * @return the offending members, as {@code SimpleName.member}
   */

}
