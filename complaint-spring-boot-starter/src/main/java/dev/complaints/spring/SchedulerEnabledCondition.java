package dev.complaints.spring;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches unless {@code complaints.scheduler.enabled} is false, read the way the property binds, so that the
 * condition and {@link ComplaintsProperties} never disagree; a value that is not a boolean is an error.
 */
final class SchedulerEnabledCondition implements Condition {
  static final String ENABLED = "complaints.scheduler.enabled";

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    try {
      return Binder.get(context.getEnvironment()).bind(ENABLED, Boolean.class).orElse(true);
    } catch (BindException e) {
      Object value = context.getEnvironment().getProperty(ENABLED);
      throw new ComplaintsConfigurationException(ENABLED, "'" + value + "' is not allowed; allowed: true, false",
          e);
    }
  }
}
