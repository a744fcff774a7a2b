package com.csracademy.certification.domain;

/** A certificate is issued once; the department head may revoke it, with a reason. */
public enum CertificateStatus { ISSUED, REVOKED }
