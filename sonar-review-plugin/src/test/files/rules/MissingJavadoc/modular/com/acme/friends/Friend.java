package com.acme.friends;

public class Friend { // exported only to a named module: not public API
}
