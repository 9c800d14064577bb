package com.acme.app;

import com.acme.lib.Constructors.Base;
import com.acme.lib.Constructors.Holder;
import java.util.function.Supplier;

class ConstructorCallers extends Base {
  private final Supplier<Holder> holders = Holder::new;

  ConstructorCallers() {
    super(1);
  }
}
