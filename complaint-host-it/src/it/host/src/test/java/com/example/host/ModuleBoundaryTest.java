package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.policy.SlaPolicy;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleBoundaryTest {

  @Test
  void theLibraryModulesExportNoInternalPackage() {
    for (Class<?> api : List.of(WorkflowEngine.class, SlaPolicy.class, TicketRecord.class)) {
      Module module = api.getModule();
      assertThat(module.isNamed()).as("%s is in a named module", api).isTrue();
      ModuleDescriptor descriptor = module.getDescriptor();
      Set<String> unqualified = descriptor.exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      assertThat(unqualified).as(descriptor.name()).isNotEmpty().noneMatch(p -> p.contains(".internal"));
      assertThat(module.getPackages().stream().filter(p -> p.contains(".internal")))
          .allSatisfy(p -> assertThat(module.isExported(p, ModuleBoundaryTest.class.getModule())).as(p).isFalse());
    }
  }
}
