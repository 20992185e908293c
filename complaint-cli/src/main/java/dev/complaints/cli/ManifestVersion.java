package dev.complaints.cli;

import picocli.CommandLine;

/** {@code --version} of the example programs: the command's name and the version in the jar manifest. */
public final class ManifestVersion implements CommandLine.IVersionProvider {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Created by picocli. */
  public ManifestVersion() {}

  @Override
  public String[] getVersion() {
    String v = ManifestVersion.class.getPackage().getImplementationVersion();
    return new String[] {spec.qualifiedName() + " " + (v == null ? "dev" : v)};
  }
}
