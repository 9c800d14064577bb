package com.acme;

import java.net.HttpURLConnection;
import java.net.URL;
import java.util.List;

class Accounts {

  private static final int MAX_USER_ID = 10; // UPPER_SNAKE constant: left alone
  private String ownerUserId;
  private String urlText; // the first word follows Java's convention: `url` is fine next to `parseURL`

  void deleteUserId(long userId) {
  }

  void renameUserID(String newName) { // Noncompliant {{Rename 'renameUserID' to 'renameUserId': elsewhere this file spells 'ID' as 'Id' (5 names).}} [[secondary=10]]
//     ^^^^^^^^^^^^
  }

  String accountId;

  String getHomeUrl() {
    return urlText;
  }

  String imageUrl;

  void parseURL(String text) { // Noncompliant {{Rename 'parseURL' to 'parseUrl': elsewhere this file spells 'URL' as 'Url' (2 names).}} [[secondary=22]]
  }

  void open(URL homeAddress, HttpURLConnection httpURLConnection) { // words spelled as in the declared type follow that type
  }

  String consumerUuid;
  String consumerUUID; // Noncompliant {{Rename 'consumerUUID' to 'consumerUuid': elsewhere this file spells 'UUID' as 'Uuid' (1 name).}} [[secondary=34]]

  void startHTTPServer() {
  }

  void stopHttpServer() { // Noncompliant {{Rename 'stopHttpServer' to 'stopHTTPServer': elsewhere this file spells 'Http' as 'HTTP' (1 name).}} [[secondary=37]]
  }

  void loadXmlFromJsonFile(String jsonXML) { // Noncompliant {{Rename 'jsonXML' to 'jsonXml': elsewhere this file spells 'XML' as 'Xml' (1 name).}} [[secondary=43]]
  }
}

interface Linked {
  String linkURL(); // Noncompliant {{Rename 'linkURL' to 'linkUrl': elsewhere this file spells 'URL' as 'Url' (2 names).}} [[secondary=22]]
}

class Link implements Linked {
  @Override
  public String linkURL() { // implementation: the name is imposed
    return "";
  }
}

sealed interface Reference permits UserRef, GroupRef { }
record UserRef(String groupId) implements Reference { }
record GroupRef(String parentGroupID) implements Reference { } // Noncompliant {{Rename 'parentGroupID' to 'parentGroupId': elsewhere this file spells 'ID' as 'Id' (5 names).}} [[secondary=10]]

class Java21 {
  String describe(Reference reference) {
    return switch (reference) {
      case UserRef userRef -> """
        user
        """;
      case GroupRef(String parentGroupID) -> "group"; // Noncompliant {{Rename 'parentGroupID' to 'parentGroupId': elsewhere this file spells 'ID' as 'Id' (5 names).}} [[secondary=10]]
    };
  }
}

class Session implements java.io.Serializable {
  private static final long serialVersionUID = 1L; // a name Java serialization imposes
  private String sessionUid;
}

class Suppressed {
  @SuppressWarnings("review:InconsistentTermCasing")
  void copyUserID() {
  }
}

enum InputShape {
  Array, EmptyString, EmptyArray; // enum constants in camel case have no type tree
}
