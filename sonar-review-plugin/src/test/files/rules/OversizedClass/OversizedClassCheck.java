package com.acme;

import java.util.List;

class ManyMethods { // Noncompliant {{Class 'ManyMethods' has 36 methods (max 35, accessors not counted); split it into smaller types with one job each.}}
  void m0() { }
  void m1() { }
  void m2() { }
  void m3() { }
  void m4() { }
  void m5() { }
  void m6() { }
  void m7() { }
  void m8() { }
  void m9() { }
  void m10() { }
  void m11() { }
  void m12() { }
  void m13() { }
  void m14() { }
  void m15() { }
  void m16() { }
  void m17() { }
  void m18() { }
  void m19() { }
  void m20() { }
  void m21() { }
  void m22() { }
  void m23() { }
  void m24() { }
  void m25() { }
  void m26() { }
  void m27() { }
  void m28() { }
  void m29() { }
  void m30() { }
  void m31() { }
  void m32() { }
  void m33() { }
  void m34() { }
  void m35() { }
}

// 35 methods plus accessors: accessors are not counted.
class ManyAccessors {
  private String name;
  private boolean active;
  private int size;
  void m0() { }
  void m1() { }
  void m2() { }
  void m3() { }
  void m4() { }
  void m5() { }
  void m6() { }
  void m7() { }
  void m8() { }
  void m9() { }
  void m10() { }
  void m11() { }
  void m12() { }
  void m13() { }
  void m14() { }
  void m15() { }
  void m16() { }
  void m17() { }
  void m18() { }
  void m19() { }
  void m20() { }
  void m21() { }
  void m22() { }
  void m23() { }
  void m24() { }
  void m25() { }
  void m26() { }
  void m27() { }
  void m28() { }
  void m29() { }
  void m30() { }
  void m31() { }
  void m32() { }
  void m33() { }
  void m34() { }
  String getName() { return name; }
  void setName(String name) { this.name = name; }
  boolean isActive() { return this.active; }
  ManyAccessors withSize(int size) { this.size = size; return this; }
  int size() { return size; }
}

class LongClass { // Noncompliant {{Class 'LongClass' has 753 lines of code (max 750); split it into smaller types with one job each.}}
  int compute(int x) {
    x += 0;
    x += 1;
    x += 2;
    x += 3;
    x += 4;
    x += 5;
    x += 6;
    x += 7;
    x += 8;
    x += 9;
    x += 10;
    x += 11;
    x += 12;
    x += 13;
    x += 14;
    x += 15;
    x += 16;
    x += 17;
    x += 18;
    x += 19;
    x += 20;
    x += 21;
    x += 22;
    x += 23;
    x += 24;
    x += 25;
    x += 26;
    x += 27;
    x += 28;
    x += 29;
    x += 30;
    x += 31;
    x += 32;
    x += 33;
    x += 34;
    x += 35;
    x += 36;
    x += 37;
    x += 38;
    x += 39;
    x += 40;
    x += 41;
    x += 42;
    x += 43;
    x += 44;
    x += 45;
    x += 46;
    x += 47;
    x += 48;
    x += 49;
    x += 50;
    x += 51;
    x += 52;
    x += 53;
    x += 54;
    x += 55;
    x += 56;
    x += 57;
    x += 58;
    x += 59;
    x += 60;
    x += 61;
    x += 62;
    x += 63;
    x += 64;
    x += 65;
    x += 66;
    x += 67;
    x += 68;
    x += 69;
    x += 70;
    x += 71;
    x += 72;
    x += 73;
    x += 74;
    x += 75;
    x += 76;
    x += 77;
    x += 78;
    x += 79;
    x += 80;
    x += 81;
    x += 82;
    x += 83;
    x += 84;
    x += 85;
    x += 86;
    x += 87;
    x += 88;
    x += 89;
    x += 90;
    x += 91;
    x += 92;
    x += 93;
    x += 94;
    x += 95;
    x += 96;
    x += 97;
    x += 98;
    x += 99;
    x += 100;
    x += 101;
    x += 102;
    x += 103;
    x += 104;
    x += 105;
    x += 106;
    x += 107;
    x += 108;
    x += 109;
    x += 110;
    x += 111;
    x += 112;
    x += 113;
    x += 114;
    x += 115;
    x += 116;
    x += 117;
    x += 118;
    x += 119;
    x += 120;
    x += 121;
    x += 122;
    x += 123;
    x += 124;
    x += 125;
    x += 126;
    x += 127;
    x += 128;
    x += 129;
    x += 130;
    x += 131;
    x += 132;
    x += 133;
    x += 134;
    x += 135;
    x += 136;
    x += 137;
    x += 138;
    x += 139;
    x += 140;
    x += 141;
    x += 142;
    x += 143;
    x += 144;
    x += 145;
    x += 146;
    x += 147;
    x += 148;
    x += 149;
    x += 150;
    x += 151;
    x += 152;
    x += 153;
    x += 154;
    x += 155;
    x += 156;
    x += 157;
    x += 158;
    x += 159;
    x += 160;
    x += 161;
    x += 162;
    x += 163;
    x += 164;
    x += 165;
    x += 166;
    x += 167;
    x += 168;
    x += 169;
    x += 170;
    x += 171;
    x += 172;
    x += 173;
    x += 174;
    x += 175;
    x += 176;
    x += 177;
    x += 178;
    x += 179;
    x += 180;
    x += 181;
    x += 182;
    x += 183;
    x += 184;
    x += 185;
    x += 186;
    x += 187;
    x += 188;
    x += 189;
    x += 190;
    x += 191;
    x += 192;
    x += 193;
    x += 194;
    x += 195;
    x += 196;
    x += 197;
    x += 198;
    x += 199;
    x += 200;
    x += 201;
    x += 202;
    x += 203;
    x += 204;
    x += 205;
    x += 206;
    x += 207;
    x += 208;
    x += 209;
    x += 210;
    x += 211;
    x += 212;
    x += 213;
    x += 214;
    x += 215;
    x += 216;
    x += 217;
    x += 218;
    x += 219;
    x += 220;
    x += 221;
    x += 222;
    x += 223;
    x += 224;
    x += 225;
    x += 226;
    x += 227;
    x += 228;
    x += 229;
    x += 230;
    x += 231;
    x += 232;
    x += 233;
    x += 234;
    x += 235;
    x += 236;
    x += 237;
    x += 238;
    x += 239;
    x += 240;
    x += 241;
    x += 242;
    x += 243;
    x += 244;
    x += 245;
    x += 246;
    x += 247;
    x += 248;
    x += 249;
    x += 250;
    x += 251;
    x += 252;
    x += 253;
    x += 254;
    x += 255;
    x += 256;
    x += 257;
    x += 258;
    x += 259;
    x += 260;
    x += 261;
    x += 262;
    x += 263;
    x += 264;
    x += 265;
    x += 266;
    x += 267;
    x += 268;
    x += 269;
    x += 270;
    x += 271;
    x += 272;
    x += 273;
    x += 274;
    x += 275;
    x += 276;
    x += 277;
    x += 278;
    x += 279;
    x += 280;
    x += 281;
    x += 282;
    x += 283;
    x += 284;
    x += 285;
    x += 286;
    x += 287;
    x += 288;
    x += 289;
    x += 290;
    x += 291;
    x += 292;
    x += 293;
    x += 294;
    x += 295;
    x += 296;
    x += 297;
    x += 298;
    x += 299;
    x += 300;
    x += 301;
    x += 302;
    x += 303;
    x += 304;
    x += 305;
    x += 306;
    x += 307;
    x += 308;
    x += 309;
    x += 310;
    x += 311;
    x += 312;
    x += 313;
    x += 314;
    x += 315;
    x += 316;
    x += 317;
    x += 318;
    x += 319;
    x += 320;
    x += 321;
    x += 322;
    x += 323;
    x += 324;
    x += 325;
    x += 326;
    x += 327;
    x += 328;
    x += 329;
    x += 330;
    x += 331;
    x += 332;
    x += 333;
    x += 334;
    x += 335;
    x += 336;
    x += 337;
    x += 338;
    x += 339;
    x += 340;
    x += 341;
    x += 342;
    x += 343;
    x += 344;
    x += 345;
    x += 346;
    x += 347;
    x += 348;
    x += 349;
    x += 350;
    x += 351;
    x += 352;
    x += 353;
    x += 354;
    x += 355;
    x += 356;
    x += 357;
    x += 358;
    x += 359;
    x += 360;
    x += 361;
    x += 362;
    x += 363;
    x += 364;
    x += 365;
    x += 366;
    x += 367;
    x += 368;
    x += 369;
    x += 370;
    x += 371;
    x += 372;
    x += 373;
    x += 374;
    x += 375;
    x += 376;
    x += 377;
    x += 378;
    x += 379;
    x += 380;
    x += 381;
    x += 382;
    x += 383;
    x += 384;
    x += 385;
    x += 386;
    x += 387;
    x += 388;
    x += 389;
    x += 390;
    x += 391;
    x += 392;
    x += 393;
    x += 394;
    x += 395;
    x += 396;
    x += 397;
    x += 398;
    x += 399;
    x += 400;
    x += 401;
    x += 402;
    x += 403;
    x += 404;
    x += 405;
    x += 406;
    x += 407;
    x += 408;
    x += 409;
    x += 410;
    x += 411;
    x += 412;
    x += 413;
    x += 414;
    x += 415;
    x += 416;
    x += 417;
    x += 418;
    x += 419;
    x += 420;
    x += 421;
    x += 422;
    x += 423;
    x += 424;
    x += 425;
    x += 426;
    x += 427;
    x += 428;
    x += 429;
    x += 430;
    x += 431;
    x += 432;
    x += 433;
    x += 434;
    x += 435;
    x += 436;
    x += 437;
    x += 438;
    x += 439;
    x += 440;
    x += 441;
    x += 442;
    x += 443;
    x += 444;
    x += 445;
    x += 446;
    x += 447;
    x += 448;
    x += 449;
    x += 450;
    x += 451;
    x += 452;
    x += 453;
    x += 454;
    x += 455;
    x += 456;
    x += 457;
    x += 458;
    x += 459;
    x += 460;
    x += 461;
    x += 462;
    x += 463;
    x += 464;
    x += 465;
    x += 466;
    x += 467;
    x += 468;
    x += 469;
    x += 470;
    x += 471;
    x += 472;
    x += 473;
    x += 474;
    x += 475;
    x += 476;
    x += 477;
    x += 478;
    x += 479;
    x += 480;
    x += 481;
    x += 482;
    x += 483;
    x += 484;
    x += 485;
    x += 486;
    x += 487;
    x += 488;
    x += 489;
    x += 490;
    x += 491;
    x += 492;
    x += 493;
    x += 494;
    x += 495;
    x += 496;
    x += 497;
    x += 498;
    x += 499;
    x += 500;
    x += 501;
    x += 502;
    x += 503;
    x += 504;
    x += 505;
    x += 506;
    x += 507;
    x += 508;
    x += 509;
    x += 510;
    x += 511;
    x += 512;
    x += 513;
    x += 514;
    x += 515;
    x += 516;
    x += 517;
    x += 518;
    x += 519;
    x += 520;
    x += 521;
    x += 522;
    x += 523;
    x += 524;
    x += 525;
    x += 526;
    x += 527;
    x += 528;
    x += 529;
    x += 530;
    x += 531;
    x += 532;
    x += 533;
    x += 534;
    x += 535;
    x += 536;
    x += 537;
    x += 538;
    x += 539;
    x += 540;
    x += 541;
    x += 542;
    x += 543;
    x += 544;
    x += 545;
    x += 546;
    x += 547;
    x += 548;
    x += 549;
    x += 550;
    x += 551;
    x += 552;
    x += 553;
    x += 554;
    x += 555;
    x += 556;
    x += 557;
    x += 558;
    x += 559;
    x += 560;
    x += 561;
    x += 562;
    x += 563;
    x += 564;
    x += 565;
    x += 566;
    x += 567;
    x += 568;
    x += 569;
    x += 570;
    x += 571;
    x += 572;
    x += 573;
    x += 574;
    x += 575;
    x += 576;
    x += 577;
    x += 578;
    x += 579;
    x += 580;
    x += 581;
    x += 582;
    x += 583;
    x += 584;
    x += 585;
    x += 586;
    x += 587;
    x += 588;
    x += 589;
    x += 590;
    x += 591;
    x += 592;
    x += 593;
    x += 594;
    x += 595;
    x += 596;
    x += 597;
    x += 598;
    x += 599;
    x += 600;
    x += 601;
    x += 602;
    x += 603;
    x += 604;
    x += 605;
    x += 606;
    x += 607;
    x += 608;
    x += 609;
    x += 610;
    x += 611;
    x += 612;
    x += 613;
    x += 614;
    x += 615;
    x += 616;
    x += 617;
    x += 618;
    x += 619;
    x += 620;
    x += 621;
    x += 622;
    x += 623;
    x += 624;
    x += 625;
    x += 626;
    x += 627;
    x += 628;
    x += 629;
    x += 630;
    x += 631;
    x += 632;
    x += 633;
    x += 634;
    x += 635;
    x += 636;
    x += 637;
    x += 638;
    x += 639;
    x += 640;
    x += 641;
    x += 642;
    x += 643;
    x += 644;
    x += 645;
    x += 646;
    x += 647;
    x += 648;
    x += 649;
    x += 650;
    x += 651;
    x += 652;
    x += 653;
    x += 654;
    x += 655;
    x += 656;
    x += 657;
    x += 658;
    x += 659;
    x += 660;
    x += 661;
    x += 662;
    x += 663;
    x += 664;
    x += 665;
    x += 666;
    x += 667;
    x += 668;
    x += 669;
    x += 670;
    x += 671;
    x += 672;
    x += 673;
    x += 674;
    x += 675;
    x += 676;
    x += 677;
    x += 678;
    x += 679;
    x += 680;
    x += 681;
    x += 682;
    x += 683;
    x += 684;
    x += 685;
    x += 686;
    x += 687;
    x += 688;
    x += 689;
    x += 690;
    x += 691;
    x += 692;
    x += 693;
    x += 694;
    x += 695;
    x += 696;
    x += 697;
    x += 698;
    x += 699;
    x += 700;
    x += 701;
    x += 702;
    x += 703;
    x += 704;
    x += 705;
    x += 706;
    x += 707;
    x += 708;
    x += 709;
    x += 710;
    x += 711;
    x += 712;
    x += 713;
    x += 714;
    x += 715;
    x += 716;
    x += 717;
    x += 718;
    x += 719;
    x += 720;
    x += 721;
    x += 722;
    x += 723;
    x += 724;
    x += 725;
    x += 726;
    x += 727;
    x += 728;
    x += 729;
    x += 730;
    x += 731;
    x += 732;
    x += 733;
    x += 734;
    x += 735;
    x += 736;
    x += 737;
    x += 738;
    x += 739;
    x += 740;
    x += 741;
    x += 742;
    x += 743;
    x += 744;
    x += 745;
    x += 746;
    x += 747;
    return x;
  }
}

// 740 lines of code, with comments and blank lines that do not count.
class CommentedClass {
  int compute(int x) {
    x += 0; // step 0

    // a comment line
    /* and a block
       comment */
    x += 1; // step 1
    x += 2; // step 2
    x += 3; // step 3
    x += 4; // step 4
    x += 5; // step 5

    // a comment line
    /* and a block
       comment */
    x += 6; // step 6
    x += 7; // step 7
    x += 8; // step 8
    x += 9; // step 9
    x += 10; // step 10

    // a comment line
    /* and a block
       comment */
    x += 11; // step 11
    x += 12; // step 12
    x += 13; // step 13
    x += 14; // step 14
    x += 15; // step 15

    // a comment line
    /* and a block
       comment */
    x += 16; // step 16
    x += 17; // step 17
    x += 18; // step 18
    x += 19; // step 19
    x += 20; // step 20

    // a comment line
    /* and a block
       comment */
    x += 21; // step 21
    x += 22; // step 22
    x += 23; // step 23
    x += 24; // step 24
    x += 25; // step 25

    // a comment line
    /* and a block
       comment */
    x += 26; // step 26
    x += 27; // step 27
    x += 28; // step 28
    x += 29; // step 29
    x += 30; // step 30

    // a comment line
    /* and a block
       comment */
    x += 31; // step 31
    x += 32; // step 32
    x += 33; // step 33
    x += 34; // step 34
    x += 35; // step 35

    // a comment line
    /* and a block
       comment */
    x += 36; // step 36
    x += 37; // step 37
    x += 38; // step 38
    x += 39; // step 39
    x += 40; // step 40

    // a comment line
    /* and a block
       comment */
    x += 41; // step 41
    x += 42; // step 42
    x += 43; // step 43
    x += 44; // step 44
    x += 45; // step 45

    // a comment line
    /* and a block
       comment */
    x += 46; // step 46
    x += 47; // step 47
    x += 48; // step 48
    x += 49; // step 49
    x += 50; // step 50

    // a comment line
    /* and a block
       comment */
    x += 51; // step 51
    x += 52; // step 52
    x += 53; // step 53
    x += 54; // step 54
    x += 55; // step 55

    // a comment line
    /* and a block
       comment */
    x += 56; // step 56
    x += 57; // step 57
    x += 58; // step 58
    x += 59; // step 59
    x += 60; // step 60

    // a comment line
    /* and a block
       comment */
    x += 61; // step 61
    x += 62; // step 62
    x += 63; // step 63
    x += 64; // step 64
    x += 65; // step 65

    // a comment line
    /* and a block
       comment */
    x += 66; // step 66
    x += 67; // step 67
    x += 68; // step 68
    x += 69; // step 69
    x += 70; // step 70

    // a comment line
    /* and a block
       comment */
    x += 71; // step 71
    x += 72; // step 72
    x += 73; // step 73
    x += 74; // step 74
    x += 75; // step 75

    // a comment line
    /* and a block
       comment */
    x += 76; // step 76
    x += 77; // step 77
    x += 78; // step 78
    x += 79; // step 79
    x += 80; // step 80

    // a comment line
    /* and a block
       comment */
    x += 81; // step 81
    x += 82; // step 82
    x += 83; // step 83
    x += 84; // step 84
    x += 85; // step 85

    // a comment line
    /* and a block
       comment */
    x += 86; // step 86
    x += 87; // step 87
    x += 88; // step 88
    x += 89; // step 89
    x += 90; // step 90

    // a comment line
    /* and a block
       comment */
    x += 91; // step 91
    x += 92; // step 92
    x += 93; // step 93
    x += 94; // step 94
    x += 95; // step 95

    // a comment line
    /* and a block
       comment */
    x += 96; // step 96
    x += 97; // step 97
    x += 98; // step 98
    x += 99; // step 99
    x += 100; // step 100

    // a comment line
    /* and a block
       comment */
    x += 101; // step 101
    x += 102; // step 102
    x += 103; // step 103
    x += 104; // step 104
    x += 105; // step 105

    // a comment line
    /* and a block
       comment */
    x += 106; // step 106
    x += 107; // step 107
    x += 108; // step 108
    x += 109; // step 109
    x += 110; // step 110

    // a comment line
    /* and a block
       comment */
    x += 111; // step 111
    x += 112; // step 112
    x += 113; // step 113
    x += 114; // step 114
    x += 115; // step 115

    // a comment line
    /* and a block
       comment */
    x += 116; // step 116
    x += 117; // step 117
    x += 118; // step 118
    x += 119; // step 119
    x += 120; // step 120

    // a comment line
    /* and a block
       comment */
    x += 121; // step 121
    x += 122; // step 122
    x += 123; // step 123
    x += 124; // step 124
    x += 125; // step 125

    // a comment line
    /* and a block
       comment */
    x += 126; // step 126
    x += 127; // step 127
    x += 128; // step 128
    x += 129; // step 129
    x += 130; // step 130

    // a comment line
    /* and a block
       comment */
    x += 131; // step 131
    x += 132; // step 132
    x += 133; // step 133
    x += 134; // step 134
    x += 135; // step 135

    // a comment line
    /* and a block
       comment */
    x += 136; // step 136
    x += 137; // step 137
    x += 138; // step 138
    x += 139; // step 139
    x += 140; // step 140

    // a comment line
    /* and a block
       comment */
    x += 141; // step 141
    x += 142; // step 142
    x += 143; // step 143
    x += 144; // step 144
    x += 145; // step 145

    // a comment line
    /* and a block
       comment */
    x += 146; // step 146
    x += 147; // step 147
    x += 148; // step 148
    x += 149; // step 149
    x += 150; // step 150

    // a comment line
    /* and a block
       comment */
    x += 151; // step 151
    x += 152; // step 152
    x += 153; // step 153
    x += 154; // step 154
    x += 155; // step 155

    // a comment line
    /* and a block
       comment */
    x += 156; // step 156
    x += 157; // step 157
    x += 158; // step 158
    x += 159; // step 159
    x += 160; // step 160

    // a comment line
    /* and a block
       comment */
    x += 161; // step 161
    x += 162; // step 162
    x += 163; // step 163
    x += 164; // step 164
    x += 165; // step 165

    // a comment line
    /* and a block
       comment */
    x += 166; // step 166
    x += 167; // step 167
    x += 168; // step 168
    x += 169; // step 169
    x += 170; // step 170

    // a comment line
    /* and a block
       comment */
    x += 171; // step 171
    x += 172; // step 172
    x += 173; // step 173
    x += 174; // step 174
    x += 175; // step 175

    // a comment line
    /* and a block
       comment */
    x += 176; // step 176
    x += 177; // step 177
    x += 178; // step 178
    x += 179; // step 179
    x += 180; // step 180

    // a comment line
    /* and a block
       comment */
    x += 181; // step 181
    x += 182; // step 182
    x += 183; // step 183
    x += 184; // step 184
    x += 185; // step 185

    // a comment line
    /* and a block
       comment */
    x += 186; // step 186
    x += 187; // step 187
    x += 188; // step 188
    x += 189; // step 189
    x += 190; // step 190

    // a comment line
    /* and a block
       comment */
    x += 191; // step 191
    x += 192; // step 192
    x += 193; // step 193
    x += 194; // step 194
    x += 195; // step 195

    // a comment line
    /* and a block
       comment */
    x += 196; // step 196
    x += 197; // step 197
    x += 198; // step 198
    x += 199; // step 199
    x += 200; // step 200

    // a comment line
    /* and a block
       comment */
    x += 201; // step 201
    x += 202; // step 202
    x += 203; // step 203
    x += 204; // step 204
    x += 205; // step 205

    // a comment line
    /* and a block
       comment */
    x += 206; // step 206
    x += 207; // step 207
    x += 208; // step 208
    x += 209; // step 209
    x += 210; // step 210

    // a comment line
    /* and a block
       comment */
    x += 211; // step 211
    x += 212; // step 212
    x += 213; // step 213
    x += 214; // step 214
    x += 215; // step 215

    // a comment line
    /* and a block
       comment */
    x += 216; // step 216
    x += 217; // step 217
    x += 218; // step 218
    x += 219; // step 219
    x += 220; // step 220

    // a comment line
    /* and a block
       comment */
    x += 221; // step 221
    x += 222; // step 222
    x += 223; // step 223
    x += 224; // step 224
    x += 225; // step 225

    // a comment line
    /* and a block
       comment */
    x += 226; // step 226
    x += 227; // step 227
    x += 228; // step 228
    x += 229; // step 229
    x += 230; // step 230

    // a comment line
    /* and a block
       comment */
    x += 231; // step 231
    x += 232; // step 232
    x += 233; // step 233
    x += 234; // step 234
    x += 235; // step 235

    // a comment line
    /* and a block
       comment */
    x += 236; // step 236
    x += 237; // step 237
    x += 238; // step 238
    x += 239; // step 239
    x += 240; // step 240

    // a comment line
    /* and a block
       comment */
    x += 241; // step 241
    x += 242; // step 242
    x += 243; // step 243
    x += 244; // step 244
    x += 245; // step 245

    // a comment line
    /* and a block
       comment */
    x += 246; // step 246
    x += 247; // step 247
    x += 248; // step 248
    x += 249; // step 249
    x += 250; // step 250

    // a comment line
    /* and a block
       comment */
    x += 251; // step 251
    x += 252; // step 252
    x += 253; // step 253
    x += 254; // step 254
    x += 255; // step 255

    // a comment line
    /* and a block
       comment */
    x += 256; // step 256
    x += 257; // step 257
    x += 258; // step 258
    x += 259; // step 259
    x += 260; // step 260

    // a comment line
    /* and a block
       comment */
    x += 261; // step 261
    x += 262; // step 262
    x += 263; // step 263
    x += 264; // step 264
    x += 265; // step 265

    // a comment line
    /* and a block
       comment */
    x += 266; // step 266
    x += 267; // step 267
    x += 268; // step 268
    x += 269; // step 269
    x += 270; // step 270

    // a comment line
    /* and a block
       comment */
    x += 271; // step 271
    x += 272; // step 272
    x += 273; // step 273
    x += 274; // step 274
    x += 275; // step 275

    // a comment line
    /* and a block
       comment */
    x += 276; // step 276
    x += 277; // step 277
    x += 278; // step 278
    x += 279; // step 279
    x += 280; // step 280

    // a comment line
    /* and a block
       comment */
    x += 281; // step 281
    x += 282; // step 282
    x += 283; // step 283
    x += 284; // step 284
    x += 285; // step 285

    // a comment line
    /* and a block
       comment */
    x += 286; // step 286
    x += 287; // step 287
    x += 288; // step 288
    x += 289; // step 289
    x += 290; // step 290

    // a comment line
    /* and a block
       comment */
    x += 291; // step 291
    x += 292; // step 292
    x += 293; // step 293
    x += 294; // step 294
    x += 295; // step 295

    // a comment line
    /* and a block
       comment */
    x += 296; // step 296
    x += 297; // step 297
    x += 298; // step 298
    x += 299; // step 299
    x += 300; // step 300

    // a comment line
    /* and a block
       comment */
    x += 301; // step 301
    x += 302; // step 302
    x += 303; // step 303
    x += 304; // step 304
    x += 305; // step 305

    // a comment line
    /* and a block
       comment */
    x += 306; // step 306
    x += 307; // step 307
    x += 308; // step 308
    x += 309; // step 309
    x += 310; // step 310

    // a comment line
    /* and a block
       comment */
    x += 311; // step 311
    x += 312; // step 312
    x += 313; // step 313
    x += 314; // step 314
    x += 315; // step 315

    // a comment line
    /* and a block
       comment */
    x += 316; // step 316
    x += 317; // step 317
    x += 318; // step 318
    x += 319; // step 319
    x += 320; // step 320

    // a comment line
    /* and a block
       comment */
    x += 321; // step 321
    x += 322; // step 322
    x += 323; // step 323
    x += 324; // step 324
    x += 325; // step 325

    // a comment line
    /* and a block
       comment */
    x += 326; // step 326
    x += 327; // step 327
    x += 328; // step 328
    x += 329; // step 329
    x += 330; // step 330

    // a comment line
    /* and a block
       comment */
    x += 331; // step 331
    x += 332; // step 332
    x += 333; // step 333
    x += 334; // step 334
    x += 335; // step 335

    // a comment line
    /* and a block
       comment */
    x += 336; // step 336
    x += 337; // step 337
    x += 338; // step 338
    x += 339; // step 339
    x += 340; // step 340

    // a comment line
    /* and a block
       comment */
    x += 341; // step 341
    x += 342; // step 342
    x += 343; // step 343
    x += 344; // step 344
    x += 345; // step 345

    // a comment line
    /* and a block
       comment */
    x += 346; // step 346
    x += 347; // step 347
    x += 348; // step 348
    x += 349; // step 349
    x += 350; // step 350

    // a comment line
    /* and a block
       comment */
    x += 351; // step 351
    x += 352; // step 352
    x += 353; // step 353
    x += 354; // step 354
    x += 355; // step 355

    // a comment line
    /* and a block
       comment */
    x += 356; // step 356
    x += 357; // step 357
    x += 358; // step 358
    x += 359; // step 359
    x += 360; // step 360

    // a comment line
    /* and a block
       comment */
    x += 361; // step 361
    x += 362; // step 362
    x += 363; // step 363
    x += 364; // step 364
    x += 365; // step 365

    // a comment line
    /* and a block
       comment */
    x += 366; // step 366
    x += 367; // step 367
    x += 368; // step 368
    x += 369; // step 369
    x += 370; // step 370

    // a comment line
    /* and a block
       comment */
    x += 371; // step 371
    x += 372; // step 372
    x += 373; // step 373
    x += 374; // step 374
    x += 375; // step 375

    // a comment line
    /* and a block
       comment */
    x += 376; // step 376
    x += 377; // step 377
    x += 378; // step 378
    x += 379; // step 379
    x += 380; // step 380

    // a comment line
    /* and a block
       comment */
    x += 381; // step 381
    x += 382; // step 382
    x += 383; // step 383
    x += 384; // step 384
    x += 385; // step 385

    // a comment line
    /* and a block
       comment */
    x += 386; // step 386
    x += 387; // step 387
    x += 388; // step 388
    x += 389; // step 389
    x += 390; // step 390

    // a comment line
    /* and a block
       comment */
    x += 391; // step 391
    x += 392; // step 392
    x += 393; // step 393
    x += 394; // step 394
    x += 395; // step 395

    // a comment line
    /* and a block
       comment */
    x += 396; // step 396
    x += 397; // step 397
    x += 398; // step 398
    x += 399; // step 399
    x += 400; // step 400

    // a comment line
    /* and a block
       comment */
    x += 401; // step 401
    x += 402; // step 402
    x += 403; // step 403
    x += 404; // step 404
    x += 405; // step 405

    // a comment line
    /* and a block
       comment */
    x += 406; // step 406
    x += 407; // step 407
    x += 408; // step 408
    x += 409; // step 409
    x += 410; // step 410

    // a comment line
    /* and a block
       comment */
    x += 411; // step 411
    x += 412; // step 412
    x += 413; // step 413
    x += 414; // step 414
    x += 415; // step 415

    // a comment line
    /* and a block
       comment */
    x += 416; // step 416
    x += 417; // step 417
    x += 418; // step 418
    x += 419; // step 419
    x += 420; // step 420

    // a comment line
    /* and a block
       comment */
    x += 421; // step 421
    x += 422; // step 422
    x += 423; // step 423
    x += 424; // step 424
    x += 425; // step 425

    // a comment line
    /* and a block
       comment */
    x += 426; // step 426
    x += 427; // step 427
    x += 428; // step 428
    x += 429; // step 429
    x += 430; // step 430

    // a comment line
    /* and a block
       comment */
    x += 431; // step 431
    x += 432; // step 432
    x += 433; // step 433
    x += 434; // step 434
    x += 435; // step 435

    // a comment line
    /* and a block
       comment */
    x += 436; // step 436
    x += 437; // step 437
    x += 438; // step 438
    x += 439; // step 439
    x += 440; // step 440

    // a comment line
    /* and a block
       comment */
    x += 441; // step 441
    x += 442; // step 442
    x += 443; // step 443
    x += 444; // step 444
    x += 445; // step 445

    // a comment line
    /* and a block
       comment */
    x += 446; // step 446
    x += 447; // step 447
    x += 448; // step 448
    x += 449; // step 449
    x += 450; // step 450

    // a comment line
    /* and a block
       comment */
    x += 451; // step 451
    x += 452; // step 452
    x += 453; // step 453
    x += 454; // step 454
    x += 455; // step 455

    // a comment line
    /* and a block
       comment */
    x += 456; // step 456
    x += 457; // step 457
    x += 458; // step 458
    x += 459; // step 459
    x += 460; // step 460

    // a comment line
    /* and a block
       comment */
    x += 461; // step 461
    x += 462; // step 462
    x += 463; // step 463
    x += 464; // step 464
    x += 465; // step 465

    // a comment line
    /* and a block
       comment */
    x += 466; // step 466
    x += 467; // step 467
    x += 468; // step 468
    x += 469; // step 469
    x += 470; // step 470

    // a comment line
    /* and a block
       comment */
    x += 471; // step 471
    x += 472; // step 472
    x += 473; // step 473
    x += 474; // step 474
    x += 475; // step 475

    // a comment line
    /* and a block
       comment */
    x += 476; // step 476
    x += 477; // step 477
    x += 478; // step 478
    x += 479; // step 479
    x += 480; // step 480

    // a comment line
    /* and a block
       comment */
    x += 481; // step 481
    x += 482; // step 482
    x += 483; // step 483
    x += 484; // step 484
    x += 485; // step 485

    // a comment line
    /* and a block
       comment */
    x += 486; // step 486
    x += 487; // step 487
    x += 488; // step 488
    x += 489; // step 489
    x += 490; // step 490

    // a comment line
    /* and a block
       comment */
    x += 491; // step 491
    x += 492; // step 492
    x += 493; // step 493
    x += 494; // step 494
    x += 495; // step 495

    // a comment line
    /* and a block
       comment */
    x += 496; // step 496
    x += 497; // step 497
    x += 498; // step 498
    x += 499; // step 499
    x += 500; // step 500

    // a comment line
    /* and a block
       comment */
    x += 501; // step 501
    x += 502; // step 502
    x += 503; // step 503
    x += 504; // step 504
    x += 505; // step 505

    // a comment line
    /* and a block
       comment */
    x += 506; // step 506
    x += 507; // step 507
    x += 508; // step 508
    x += 509; // step 509
    x += 510; // step 510

    // a comment line
    /* and a block
       comment */
    x += 511; // step 511
    x += 512; // step 512
    x += 513; // step 513
    x += 514; // step 514
    x += 515; // step 515

    // a comment line
    /* and a block
       comment */
    x += 516; // step 516
    x += 517; // step 517
    x += 518; // step 518
    x += 519; // step 519
    x += 520; // step 520

    // a comment line
    /* and a block
       comment */
    x += 521; // step 521
    x += 522; // step 522
    x += 523; // step 523
    x += 524; // step 524
    x += 525; // step 525

    // a comment line
    /* and a block
       comment */
    x += 526; // step 526
    x += 527; // step 527
    x += 528; // step 528
    x += 529; // step 529
    x += 530; // step 530

    // a comment line
    /* and a block
       comment */
    x += 531; // step 531
    x += 532; // step 532
    x += 533; // step 533
    x += 534; // step 534
    x += 535; // step 535

    // a comment line
    /* and a block
       comment */
    x += 536; // step 536
    x += 537; // step 537
    x += 538; // step 538
    x += 539; // step 539
    x += 540; // step 540

    // a comment line
    /* and a block
       comment */
    x += 541; // step 541
    x += 542; // step 542
    x += 543; // step 543
    x += 544; // step 544
    x += 545; // step 545

    // a comment line
    /* and a block
       comment */
    x += 546; // step 546
    x += 547; // step 547
    x += 548; // step 548
    x += 549; // step 549
    x += 550; // step 550

    // a comment line
    /* and a block
       comment */
    x += 551; // step 551
    x += 552; // step 552
    x += 553; // step 553
    x += 554; // step 554
    x += 555; // step 555

    // a comment line
    /* and a block
       comment */
    x += 556; // step 556
    x += 557; // step 557
    x += 558; // step 558
    x += 559; // step 559
    x += 560; // step 560

    // a comment line
    /* and a block
       comment */
    x += 561; // step 561
    x += 562; // step 562
    x += 563; // step 563
    x += 564; // step 564
    x += 565; // step 565

    // a comment line
    /* and a block
       comment */
    x += 566; // step 566
    x += 567; // step 567
    x += 568; // step 568
    x += 569; // step 569
    x += 570; // step 570

    // a comment line
    /* and a block
       comment */
    x += 571; // step 571
    x += 572; // step 572
    x += 573; // step 573
    x += 574; // step 574
    x += 575; // step 575

    // a comment line
    /* and a block
       comment */
    x += 576; // step 576
    x += 577; // step 577
    x += 578; // step 578
    x += 579; // step 579
    x += 580; // step 580

    // a comment line
    /* and a block
       comment */
    x += 581; // step 581
    x += 582; // step 582
    x += 583; // step 583
    x += 584; // step 584
    x += 585; // step 585

    // a comment line
    /* and a block
       comment */
    x += 586; // step 586
    x += 587; // step 587
    x += 588; // step 588
    x += 589; // step 589
    x += 590; // step 590

    // a comment line
    /* and a block
       comment */
    x += 591; // step 591
    x += 592; // step 592
    x += 593; // step 593
    x += 594; // step 594
    x += 595; // step 595

    // a comment line
    /* and a block
       comment */
    x += 596; // step 596
    x += 597; // step 597
    x += 598; // step 598
    x += 599; // step 599
    x += 600; // step 600

    // a comment line
    /* and a block
       comment */
    x += 601; // step 601
    x += 602; // step 602
    x += 603; // step 603
    x += 604; // step 604
    x += 605; // step 605

    // a comment line
    /* and a block
       comment */
    x += 606; // step 606
    x += 607; // step 607
    x += 608; // step 608
    x += 609; // step 609
    x += 610; // step 610

    // a comment line
    /* and a block
       comment */
    x += 611; // step 611
    x += 612; // step 612
    x += 613; // step 613
    x += 614; // step 614
    x += 615; // step 615

    // a comment line
    /* and a block
       comment */
    x += 616; // step 616
    x += 617; // step 617
    x += 618; // step 618
    x += 619; // step 619
    x += 620; // step 620

    // a comment line
    /* and a block
       comment */
    x += 621; // step 621
    x += 622; // step 622
    x += 623; // step 623
    x += 624; // step 624
    x += 625; // step 625

    // a comment line
    /* and a block
       comment */
    x += 626; // step 626
    x += 627; // step 627
    x += 628; // step 628
    x += 629; // step 629
    x += 630; // step 630

    // a comment line
    /* and a block
       comment */
    x += 631; // step 631
    x += 632; // step 632
    x += 633; // step 633
    x += 634; // step 634
    x += 635; // step 635

    // a comment line
    /* and a block
       comment */
    x += 636; // step 636
    x += 637; // step 637
    x += 638; // step 638
    x += 639; // step 639
    x += 640; // step 640

    // a comment line
    /* and a block
       comment */
    x += 641; // step 641
    x += 642; // step 642
    x += 643; // step 643
    x += 644; // step 644
    x += 645; // step 645

    // a comment line
    /* and a block
       comment */
    x += 646; // step 646
    x += 647; // step 647
    x += 648; // step 648
    x += 649; // step 649
    x += 650; // step 650

    // a comment line
    /* and a block
       comment */
    x += 651; // step 651
    x += 652; // step 652
    x += 653; // step 653
    x += 654; // step 654
    x += 655; // step 655

    // a comment line
    /* and a block
       comment */
    x += 656; // step 656
    x += 657; // step 657
    x += 658; // step 658
    x += 659; // step 659
    x += 660; // step 660

    // a comment line
    /* and a block
       comment */
    x += 661; // step 661
    x += 662; // step 662
    x += 663; // step 663
    x += 664; // step 664
    x += 665; // step 665

    // a comment line
    /* and a block
       comment */
    x += 666; // step 666
    x += 667; // step 667
    x += 668; // step 668
    x += 669; // step 669
    x += 670; // step 670

    // a comment line
    /* and a block
       comment */
    x += 671; // step 671
    x += 672; // step 672
    x += 673; // step 673
    x += 674; // step 674
    x += 675; // step 675

    // a comment line
    /* and a block
       comment */
    x += 676; // step 676
    x += 677; // step 677
    x += 678; // step 678
    x += 679; // step 679
    x += 680; // step 680

    // a comment line
    /* and a block
       comment */
    x += 681; // step 681
    x += 682; // step 682
    x += 683; // step 683
    x += 684; // step 684
    x += 685; // step 685

    // a comment line
    /* and a block
       comment */
    x += 686; // step 686
    x += 687; // step 687
    x += 688; // step 688
    x += 689; // step 689
    x += 690; // step 690

    // a comment line
    /* and a block
       comment */
    x += 691; // step 691
    x += 692; // step 692
    x += 693; // step 693
    x += 694; // step 694
    x += 695; // step 695

    // a comment line
    /* and a block
       comment */
    x += 696; // step 696
    x += 697; // step 697
    x += 698; // step 698
    x += 699; // step 699
    x += 700; // step 700

    // a comment line
    /* and a block
       comment */
    x += 701; // step 701
    x += 702; // step 702
    x += 703; // step 703
    x += 704; // step 704
    x += 705; // step 705

    // a comment line
    /* and a block
       comment */
    x += 706; // step 706
    x += 707; // step 707
    x += 708; // step 708
    x += 709; // step 709
    x += 710; // step 710

    // a comment line
    /* and a block
       comment */
    x += 711; // step 711
    x += 712; // step 712
    x += 713; // step 713
    x += 714; // step 714
    x += 715; // step 715

    // a comment line
    /* and a block
       comment */
    x += 716; // step 716
    x += 717; // step 717
    x += 718; // step 718
    x += 719; // step 719
    x += 720; // step 720

    // a comment line
    /* and a block
       comment */
    x += 721; // step 721
    x += 722; // step 722
    x += 723; // step 723
    x += 724; // step 724
    x += 725; // step 725

    // a comment line
    /* and a block
       comment */
    x += 726; // step 726
    x += 727; // step 727
    x += 728; // step 728
    x += 729; // step 729
    x += 730; // step 730

    // a comment line
    /* and a block
       comment */
    x += 731; // step 731
    x += 732; // step 732
    x += 733; // step 733
    x += 734; // step 734
    x += 735; // step 735

    // a comment line
    /* and a block
       comment */
    return x;
  }
}

record ManyRecordMethods(int a) { // Noncompliant {{Record 'ManyRecordMethods' has 36 methods (max 35, accessors not counted); split it into smaller types with one job each.}}
  String r0() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r1() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r2() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r3() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r4() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r5() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r6() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r7() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r8() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r9() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r10() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r11() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r12() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r13() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r14() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r15() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r16() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r17() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r18() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r19() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r20() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r21() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r22() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r23() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r24() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r25() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r26() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r27() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r28() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r29() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r30() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r31() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r32() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r33() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r34() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
  String r35() { return switch (a) { case 1 -> "one"; default -> """
    many
    """; }; }
}

sealed interface Shape permits Circle { }
record Circle(double r) implements Shape { }

class Unknown extends NotOnClasspath {
  UnknownType field = UnknownFactory.create();
}

@SuppressWarnings("review:OversizedClass")
class Suppressed {
  void s0() { }
  void s1() { }
  void s2() { }
  void s3() { }
  void s4() { }
  void s5() { }
  void s6() { }
  void s7() { }
  void s8() { }
  void s9() { }
  void s10() { }
  void s11() { }
  void s12() { }
  void s13() { }
  void s14() { }
  void s15() { }
  void s16() { }
  void s17() { }
  void s18() { }
  void s19() { }
  void s20() { }
  void s21() { }
  void s22() { }
  void s23() { }
  void s24() { }
  void s25() { }
  void s26() { }
  void s27() { }
  void s28() { }
  void s29() { }
  void s30() { }
  void s31() { }
  void s32() { }
  void s33() { }
  void s34() { }
  void s35() { }
}

class Outer { // Noncompliant {{Class 'Outer' has 36 methods (max 35, accessors not counted); split it into smaller types with one job each.}}
  void o0() { }
  void o1() { }
  void o2() { }
  void o3() { }
  void o4() { }
  void o5() { }
  void o6() { }
  void o7() { }
  void o8() { }
  void o9() { }
  void o10() { }
  void o11() { }
  void o12() { }
  void o13() { }
  void o14() { }
  void o15() { }
  void o16() { }
  void o17() { }
  void o18() { }
  void o19() { }
  void o20() { }
  void o21() { }
  void o22() { }
  void o23() { }
  void o24() { }
  void o25() { }
  void o26() { }
  void o27() { }
  void o28() { }
  void o29() { }
  void o30() { }
  void o31() { }
  void o32() { }
  void o33() { }
  void o34() { }
  void o35() { }
  Runnable anonymous = new Runnable() { // anonymous classes are measured with the type that holds them
    void a0() { }
    void a1() { }
    void a2() { }
    void a3() { }
    void a4() { }
    void a5() { }
    void a6() { }
    void a7() { }
    void a8() { }
    void a9() { }
    void a10() { }
    void a11() { }
    void a12() { }
    void a13() { }
    void a14() { }
    void a15() { }
    void a16() { }
    void a17() { }
    void a18() { }
    void a19() { }
    void a20() { }
    void a21() { }
    void a22() { }
    void a23() { }
    void a24() { }
    void a25() { }
    void a26() { }
    void a27() { }
    void a28() { }
    void a29() { }
    void a30() { }
    void a31() { }
    void a32() { }
    void a33() { }
    void a34() { }
    void a35() { }
    public void run() { }
  };
}
