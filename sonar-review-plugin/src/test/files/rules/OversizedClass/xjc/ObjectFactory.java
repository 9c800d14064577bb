package com.acme;

import jakarta.xml.bind.annotation.XmlRegistry;


/**
 * This object contains factory methods for each 
 * Java content interface and Java element interface 
 * generated in the com.acme package. 
 * <p>An ObjectFactory allows you to programatically 
 * construct new instances of the Java representation 
 * for XML content.
 * 
 */
@XmlRegistry
public class ObjectFactory {

    public ObjectFactory() {
    }

    public Object createJaxbPerson() {
        return new Object();
    }

    public Object createJaxbAddress() {
        return new Object();
    }

    public Object createJaxbPhone() {
        return new Object();
    }

}
