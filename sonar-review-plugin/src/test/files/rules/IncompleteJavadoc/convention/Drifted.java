package com.acme.docs;

import java.io.IOException;

class Drifted {

  /**
   * Counts the parts.
   *
   * @param prefix the parts' prefix
   */
  int count(String prefix) { // Deviation {{Add '@return' (or '{@return}') to this Javadoc: 92% of the 14 tagged Javadocs of methods returning a value in package 'com.acme.docs' have '@return'.}}
    return prefix.length();
  }

  /**
   * Loads a part.
   *
   * @param id
   * @return the part
   * @throws IOException if it cannot be read
   */
  String load(int id) throws IOException { // Deviation {{Describe '@param id' in this Javadoc: 97% of the 41 '@param', '@return' and '@throws' tags in package 'com.acme.docs' are described.}}
    return "part" + id;
  }

  /**
   * Saves a part.
   *
   * @param id the part to save
   */
  void save(int id) throws IOException { // Deviation {{Add '@throws IOException' to this Javadoc: 92% of the 14 tagged Javadocs of methods declaring checked exceptions in package 'com.acme.docs' document each of them with '@throws'.}}
    if (id < 0) {
      throw new IOException("negative id " + id);
    }
  }
}
