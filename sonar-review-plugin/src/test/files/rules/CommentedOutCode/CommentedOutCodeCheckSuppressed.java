package com.acme;

// cart.clear();
import java.util.List;

@SuppressWarnings("review:CommentedOutCode")
class Suppressed {
  void run() {
    // cart.clear();
  }
  // int hidden = 0;
}
