package dev.complaints.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowPresets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every node an SLA preset names exists in the workflow preset of the same id, so no timer silently never starts. */
class PresetAlignmentTest {

  static Stream<Arguments> presets() {
    return Stream.of(
        Arguments.of(SlaPolicies.mallTicket(), WorkflowPresets.mallTicket()),
        Arguments.of(SlaPolicies.sevenStep(), WorkflowPresets.sevenStep()),
        Arguments.of(SlaPolicies.retailPlan(), WorkflowPresets.retailPlan()));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void policyNodesExistInWorkflow(SlaPolicy policy, WorkflowDefinition workflow) {
    assertThat(policy.id()).isEqualTo(workflow.id());
    List<String> named = new ArrayList<>();
    for (SlaTarget target : policy.targets()) {
      if (target.node() != null) {
        named.add(target.node());
      }
      Stream.concat(target.start().stream(), target.stop().stream())
          .map(Trigger::node).filter(Objects::nonNull).forEach(named::add);
      named.addAll(target.pauseWhile().nodes());
    }
    assertThat(named).isNotEmpty();
    assertThat(named).allSatisfy(node -> assertThat(workflow.node(node)).as("node %s of %s", node, policy.id()).isPresent());
  }
}
