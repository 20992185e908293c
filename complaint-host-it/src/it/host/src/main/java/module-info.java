/** A host on the module path: it can reach what the SDK exports and nothing else. */
module com.example.host {
  requires dev.complaints.scoring;
}
