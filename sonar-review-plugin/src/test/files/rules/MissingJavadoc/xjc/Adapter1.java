package com.acme;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

public class Adapter1
    extends XmlAdapter<String, Integer>
{


    public Integer unmarshal(String value) {
        return (com.acme.Numbers.parse(value));
    }

    public String marshal(Integer value) {
        return (com.acme.Numbers.print(value));
    }

}
