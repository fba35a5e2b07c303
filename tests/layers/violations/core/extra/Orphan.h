// A module folder nobody gave a place in the layers.
#pragma once
