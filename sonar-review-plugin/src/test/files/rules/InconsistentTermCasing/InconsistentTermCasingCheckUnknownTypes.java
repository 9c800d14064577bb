class UnknownParent extends com.unknown.Base {

  String loadURL() { // unknown hierarchy: may override, the name may be imposed
    return null;
  }

  String loadUrlAgain() { // unknown hierarchy: may override, the name may be imposed
    return null;
  }

  private Unknown customerId;
  private Unknown supplierId;
  private Unknown customerID; // Noncompliant {{Rename 'customerID' to 'customerId': elsewhere this file spells 'ID' as 'Id' (2 names).}} [[secondary=11]]
}
