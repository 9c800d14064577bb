package com.acme;

import com.unknown.Client;
import com.unknown.Produces;
import com.unknown.UseCase;

// No classpath: annotation types do not resolve, so they are judged by their simple names alone.
class UnresolvedProducers {
  @Produces
  Client produce(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { return null; } // CDI's: no arguments

  @Produces("application/json")
  Client export(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { return null; } // Noncompliant {{Method 'export' has 8 parameters (max 7) and 2 boolean parameters (max 1); group related parameters into a parameter object.}}

  Client search(@QueryParam("q") String query, @QueryParam("archived") boolean archived, @QueryParam("exact") boolean exact, String sort) { return null; }
}

@UseCase
class UnresolvedStereotype {
  UnresolvedStereotype(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) { } // Noncompliant {{Constructor 'UnresolvedStereotype' has 8 parameters (max 7) and 2 boolean parameters (max 1); group related parameters into a parameter object.}}
}

final class UnresolvedFields {
  private final Environment environment;
  private final MeterRegistry meters;
  private final boolean pooled;
  private final boolean readOnly;
  private final int minIdle;
  private final long maxLifetime;
  private final Clock clock;
  private final Duration timeout;

  UnresolvedFields(Environment environment, MeterRegistry meters, boolean pooled, boolean readOnly, int minIdle, long maxLifetime, Clock clock, Duration timeout) {
    this.environment = environment;
    this.meters = meters;
    this.pooled = pooled;
    this.readOnly = readOnly;
    this.minIdle = minIdle;
    this.maxLifetime = maxLifetime;
    this.clock = clock;
    this.timeout = Objects.requireNonNull(timeout);
  }
}
