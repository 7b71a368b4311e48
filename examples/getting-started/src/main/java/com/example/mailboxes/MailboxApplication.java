package com.example.mailboxes;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API of the application, under /api. */
@ApplicationPath("/api")
public class MailboxApplication extends Application {}
