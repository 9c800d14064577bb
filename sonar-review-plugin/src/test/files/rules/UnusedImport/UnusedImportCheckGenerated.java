package com.acme;

import java.util.Map;
import javax.annotation.processing.Generated;

@Generated("a code generator")
class GeneratedCode {
}
