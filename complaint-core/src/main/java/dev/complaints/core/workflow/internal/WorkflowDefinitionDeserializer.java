package dev.complaints.core.workflow.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.core.workflow.WorkflowDefinition;
import java.io.IOException;

/**
 * Jackson deserializer for a definition inside other JSON: it reads the definition's tree with the one workflow
 * format, {@link WorkflowJson}. Not API.
 */
public final class WorkflowDefinitionDeserializer extends StdDeserializer<WorkflowDefinition> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public WorkflowDefinitionDeserializer() {
    super(WorkflowDefinition.class);
  }

  @Override
  public WorkflowDefinition deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    // a repeated field name would silently replace the first value: make it an error for definitions
    p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode tree = p.readValueAsTree();
    try {
      return WorkflowJson.FORMAT.read(tree);
    } catch (ValidationException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    }
  }
}
