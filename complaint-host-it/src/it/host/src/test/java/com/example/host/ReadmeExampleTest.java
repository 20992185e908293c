package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {

  private static final Path SOURCE = Path.of("src/main/java/com/example/host/ReadmeExample.java");

  @Test
  void theExampleIsTheReadmesJavaBlock() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("readme.file")), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README has a Java example").isTrue();
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    String between = source.substring(source.indexOf("// README example begins"), source.indexOf("// README example ends"));
    String example = between.substring(between.indexOf('\n') + 1).stripTrailing();
    assertThat(example).isEqualTo(block.group(1).stripTrailing());
  }

  @Test
  void printsWhatTheReadmeSays() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    List<String> promised = source.lines()
        .filter(l -> l.startsWith("// prints: "))
        .map(l -> l.substring("// prints: ".length()))
        .toList();
    assertThat(promised).isNotEmpty();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      ReadmeExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(promised);
  }
}
