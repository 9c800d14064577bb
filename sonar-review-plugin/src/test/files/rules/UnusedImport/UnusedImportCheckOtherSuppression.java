package com.acme;

import java.util.Map; // Noncompliant {{Remove this unused import of 'java.util.Map'.}}

@SuppressWarnings("review:ComplexMethodSignature")
class SuppressesAnotherRule {
}
