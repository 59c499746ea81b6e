/* out.h — the public output buffer's insides, for the api layer's files that write into it. */
#ifndef NB_OUT_H
#define NB_OUT_H
#include "buf.h"
#include "nianbao.h"

struct nb_out {
    nb_buf b;
};

#endif
