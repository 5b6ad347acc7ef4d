package nl.mensenhandel.platform;
class Probe {}
