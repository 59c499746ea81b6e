/* tables.h — the canonical tables of a report (the edition grammars fill them) and their JSON. */
#ifndef NB_TABLES_H
#define NB_TABLES_H
#include "buf.h"
#include "model.h"

void nb_tables_json(nb_buf *b, const nb_report *r); /* "tables": {…} */
void nb_cells_json(nb_buf *b, const nb_report *r);  /* "cells": […] provenance of every cell */
void nb_checks_json(nb_buf *b, const nb_report *r); /* "checks": […] */

#endif
