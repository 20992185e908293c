package dev.complaints.core.workflow.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.complaints.core.workflow.WorkflowDefinition;
import java.io.IOException;

/**
 * Jackson serializer for a definition inside other JSON: it writes what the one workflow format writes,
 * {@link WorkflowJson#write(WorkflowDefinition)}. Not API.
 */
public final class WorkflowDefinitionSerializer extends StdSerializer<WorkflowDefinition> {
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public WorkflowDefinitionSerializer() {
    super(WorkflowDefinition.class);
  }

  @Override
  public void serialize(WorkflowDefinition value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeTree(WorkflowJson.write(value));
  }
}
