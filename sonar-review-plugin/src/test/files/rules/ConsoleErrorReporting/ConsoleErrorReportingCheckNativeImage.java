package com.acme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.nativeimage.hosted.Feature;

// The GraalVM SDK is not on the classpath: its Feature interface is recognised by its import.
class PreComputeFeature implements Feature {
  void beforeAnalysis(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      System.out.println("Skipping " + path + ": " + e); // runs inside the native-image build, on its console
    }
  }
}

class QualifiedFeature implements org.graalvm.nativeimage.hosted.Feature {
  void duringSetup(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      e.printStackTrace();
    }
  }
}

class OtherFeature implements com.acme.plugins.Feature {
  void enable(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      e.printStackTrace(); // Noncompliant {{Report this error through a logger, passing the exception, instead of 'printStackTrace()'.}}
    }
  }
}
