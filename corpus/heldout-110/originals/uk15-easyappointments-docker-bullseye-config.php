<?php
/* ----------------------------------------------------------------------------
 * Easy!Appointments - Open Source Web Scheduler
 * [licence header abridged]
 * ---------------------------------------------------------------------------- */

/**
 * Easy!Appointments Configuration File
 *
 * Set your installation BASE_URL * without the trailing slash * and the database
 * credentials in order to connect to the database. You can enable the DEBUG_MODE
 * while developing the application.
 */
class Config {

    // ------------------------------------------------------------------------
    // GENERAL SETTINGS
    // ------------------------------------------------------------------------

    const BASE_URL      = "http://localhost:8080";
    const LANGUAGE      = "englisch";
    const DEBUG_MODE    = true;

    // ------------------------------------------------------------------------
    // DATABASE SETTINGS
    // ------------------------------------------------------------------------

    const DB_HOST       = "db";
    const DB_NAME       = "easyappointments";
    const DB_USERNAME   = "easyappointments";
    const DB_PASSWORD   = "userpassword";

    // ------------------------------------------------------------------------
    // GOOGLE CALENDAR SYNC
    // ------------------------------------------------------------------------

    const GOOGLE_SYNC_FEATURE   = false; // Enter TRUE or FALSE
    const GOOGLE_PRODUCT_NAME   = "";
    const GOOGLE_CLIENT_ID      = "";
    const GOOGLE_CLIENT_SECRET  = "";
    const GOOGLE_API_KEY        = "";
}

/* End of file config.php */
/* Location: ./config.php */
