package com.acme;

@SuppressWarnings("review:UnusedPrivateMember")
class SuppressedByReviewKey {
  private int unused;
}

class SuppressedByJavacKey {
  @SuppressWarnings("unused")
  private int unused;
}

@SuppressWarnings("unused")
class SuppressedByJavacKeyOnType {
  private void unused() {
  }
}

@lombok.Generated
class GeneratedType {
  private int unused;
}
