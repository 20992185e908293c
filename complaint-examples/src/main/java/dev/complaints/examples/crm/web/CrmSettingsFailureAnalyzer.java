package dev.complaints.examples.crm.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused setting into Spring Boot's short start-up failure report, without a stack trace. */
public final class CrmSettingsFailureAnalyzer extends AbstractFailureAnalyzer<CrmSettingsException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CrmSettingsException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
